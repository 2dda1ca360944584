package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.penalty.ApplicableFine;
import cn.gov.sh.tradesecret.cases.penalty.FineRange;
import cn.gov.sh.tradesecret.cases.penalty.LawChoice;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The head's administrative penalty decision (Anti-Unfair Competition Law): order to stop,
 * confiscation of illegal gains, a fine within the range of the law version that applies to the act
 * ({@link ApplicableFine}), recorded with its article and the rule that chose it. With mitigation
 * grounds (减轻处罚, Administrative Penalty Law 2021, art. 32) the fine may lie below the range's
 * minimum, never above its maximum.
 */
@Embeddable
public class PenaltyDecision {

  @Column(name = "order_to_stop")
  private Boolean orderToStop;

  private BigDecimal fine;
  private BigDecimal confiscation;
  private Boolean serious;

  @Column(name = "mitigation_grounds")
  private String mitigationGrounds;

  @Column(name = "law_version")
  private String lawVersion;

  @Column(name = "law_article")
  private String lawArticle;

  @Enumerated(EnumType.STRING)
  @Column(name = "law_choice")
  private LawChoice lawChoice;

  @Column(name = "penalty_decided_by")
  private String decidedBy;

  @Column(name = "penalty_decided_on")
  private LocalDate decidedOn;

  protected PenaltyDecision() {}

  /**
   * The decision, if its fine lies within the applicable range (mitigated: at most its maximum).
   */
  static PenaltyDecision decide(
      boolean orderToStop,
      BigDecimal fine,
      BigDecimal confiscation,
      boolean serious,
      String mitigationGrounds,
      ApplicableFine applicable,
      String head,
      LocalDate decidedOn) {
    FineRange range = applicable.range();
    boolean mitigated = mitigationGrounds != null && !mitigationGrounds.isBlank();
    if (mitigated ? fine.compareTo(range.max()) > 0 : !range.contains(fine)) {
      throw DomainException.invalidField(
          "fine",
          "must be "
              + (mitigated ? "at most " : "between " + range.min().toPlainString() + " and ")
              + range.max().toPlainString()
              + " yuan for "
              + (serious ? "a serious case" : "a case")
              + " under "
              + range.article()
              + " ("
              + range.lawVersion()
              + ")"
              + (mitigated ? ", mitigated" : ""));
    }
    PenaltyDecision decision = new PenaltyDecision();
    decision.orderToStop = orderToStop;
    decision.fine = fine;
    decision.confiscation = confiscation;
    decision.serious = serious;
    decision.mitigationGrounds = mitigated ? mitigationGrounds : null;
    decision.lawVersion = range.lawVersion();
    decision.lawArticle = range.article();
    decision.lawChoice = applicable.choice();
    decision.decidedBy = head;
    decision.decidedOn = decidedOn;
    return decision;
  }

  public Boolean getOrderToStop() {
    return orderToStop;
  }

  public BigDecimal getFine() {
    return fine;
  }

  public BigDecimal getConfiscation() {
    return confiscation;
  }

  public Boolean getSerious() {
    return serious;
  }

  public String getMitigationGrounds() {
    return mitigationGrounds;
  }

  public String getLawVersion() {
    return lawVersion;
  }

  public String getLawArticle() {
    return lawArticle;
  }

  /** Null on decisions recorded before the rule was (issue 17). */
  public LawChoice getLawChoice() {
    return lawChoice;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }
}
