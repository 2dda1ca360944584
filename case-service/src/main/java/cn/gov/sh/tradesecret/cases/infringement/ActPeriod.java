package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * When the infringement took place: one day, or the period of a continuing act. It decides which
 * version of the law applies (Administrative Penalty Law art. 37); a continuing act is committed on
 * the day it ended, as the limitation period of art. 36 counts from its end.
 */
@Embeddable
public class ActPeriod {

  @Column(name = "act_started_on")
  private LocalDate startedOn;

  @Column(name = "act_ended_on")
  private LocalDate endedOn;

  protected ActPeriod() {}

  /**
   * The act on {@code startedOn} (to {@code endedOn}, if given), none of it after {@code today}.
   */
  static ActPeriod of(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
    if (startedOn == null) {
      throw DomainException.invalidField(
          "actStartedOn",
          "is required: the day the infringement took place (or began) decides which version of"
              + " the law applies");
    }
    if (startedOn.isAfter(today)) {
      throw DomainException.invalidField("actStartedOn", "must not be after today");
    }
    if (endedOn != null && (endedOn.isBefore(startedOn) || endedOn.isAfter(today))) {
      throw DomainException.invalidField("actEndedOn", "must lie between actStartedOn and today");
    }
    ActPeriod period = new ActPeriod();
    period.startedOn = startedOn;
    period.endedOn = endedOn;
    return period;
  }

  /** The day the act counts as committed: its last day. */
  public LocalDate committedOn() {
    return endedOn == null ? startedOn : endedOn;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }
}
