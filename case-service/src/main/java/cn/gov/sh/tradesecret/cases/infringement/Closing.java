package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The closing of a case (结案) and the outcome it reached: a penalty decided, a mediation confirmed,
 * a referral accepted, or, from investigation, no penalty, which needs its reasons in writing. A
 * case that stands anywhere else cannot be closed.
 */
@Embeddable
public class Closing {

  @Enumerated(EnumType.STRING)
  private CaseOutcome outcome;

  @Column(name = "closing_reason")
  private String reason;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Closing() {}

  /** Closes a case that is {@code status}, with the outcome that status reached. */
  static Closing of(CaseStatus status, String reason, String officer, Instant at) {
    Closing closing = new Closing();
    closing.outcome =
        switch (status) {
          case PENALTY_DECIDED -> CaseOutcome.PENALTY;
          case MEDIATION_CONFIRMED -> CaseOutcome.MEDIATION;
          case REFERRED -> CaseOutcome.REFERRAL;
          case INVESTIGATING -> {
            if (reason == null || reason.isBlank()) {
              throw DomainException.invalidField(
                  "reason", "closing without penalty needs the reasons in writing");
            }
            yield CaseOutcome.NO_PENALTY;
          }
          default ->
              throw DomainException.conflict(
                  "illegal-transition",
                  "a case that is "
                      + status
                      + " cannot be closed; close it after a penalty decision, a confirmed mediation, an accepted referral, "
                      + "or from investigation without penalty");
        };
    closing.reason = reason;
    closing.closedBy = officer;
    closing.closedAt = at;
    return closing;
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
