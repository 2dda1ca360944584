package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A request for technical appraisal, testing or identification of the rights holder, and its
 * result. While it is under way the case's decision clock stands still (market-regulation penalty
 * procedure: such time does not count against the deadline).
 */
@Entity
@Table(name = "appraisal")
public class Appraisal {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private AppraisalMatter matter;

  private String institution;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  private AppraisalConclusion conclusion;

  @Column(name = "report_sha256")
  private String reportSha256;

  @Column(name = "paused_days")
  private Integer pausedDays;

  @Column(name = "established_loss")
  private BigDecimal establishedLoss;

  @Column(name = "illegal_gains")
  private BigDecimal illegalGains;

  protected Appraisal() {}

  Appraisal(AppraisalMatter matter, String institution, String requestedBy, Instant startedAt) {
    this.id = UUID.randomUUID();
    this.matter = matter;
    this.institution = institution;
    this.requestedBy = requestedBy;
    this.startedAt = startedAt;
  }

  /** Records the result, once; returns the calendar days the case's clock stood still for it. */
  int finish(AppraisalResult result, Instant finishedAt, DecisionDeadlines deadlines) {
    if (!isOpen()) {
      throw DomainException.conflict("illegal-transition", "this appraisal already came back");
    }
    boolean confirmedAssessment =
        matter == AppraisalMatter.LOSS_ASSESSMENT
            && result.conclusion() == AppraisalConclusion.CONFIRMED;
    if (result.establishesAmounts() && !confirmedAssessment) {
      throw DomainException.invalidField(
          result.establishedLoss() != null ? "establishedLoss" : "illegalGains",
          "only a confirmed LOSS_ASSESSMENT establishes a loss or illegal gains");
    }
    if (confirmedAssessment && !result.establishesAmounts()) {
      throw DomainException.invalidField(
          "establishedLoss",
          "a confirmed LOSS_ASSESSMENT establishes the loss or the illegal gains (give either)");
    }
    this.conclusion = result.conclusion();
    this.reportSha256 = result.reportSha256();
    this.establishedLoss = result.establishedLoss();
    this.illegalGains = result.illegalGains();
    this.finishedAt = finishedAt;
    this.pausedDays = deadlines.pausedDays(startedAt, finishedAt);
    return pausedDays;
  }

  public BigDecimal getEstablishedLoss() {
    return establishedLoss;
  }

  public BigDecimal getIllegalGains() {
    return illegalGains;
  }

  public boolean isOpen() {
    return finishedAt == null;
  }

  public UUID getId() {
    return id;
  }

  public AppraisalMatter getMatter() {
    return matter;
  }

  public String getInstitution() {
    return institution;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public AppraisalConclusion getConclusion() {
    return conclusion;
  }

  public String getReportSha256() {
    return reportSha256;
  }

  public Integer getPausedDays() {
    return pausedDays;
  }
}
