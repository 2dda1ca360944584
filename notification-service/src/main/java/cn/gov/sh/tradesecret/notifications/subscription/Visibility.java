package cn.gov.sh.tradesecret.notifications.subscription;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;

/**
 * Which agency may be told of which event: the access rules of the producing services, applied
 * again here so that no subscription widens them. An event addressed to a unit by law is always
 * visible to it.
 */
final class Visibility {

  private Visibility() {}

  static boolean maySee(AgencyUnit unit, EventEnvelope<?> event) {
    if (event.data().addressedUnits().contains(unit.id())) {
      return true;
    }
    if (!unit.covers(event.district())) {
      return false;
    }
    if (MandatoryNotices.isDeadlineBreach(event.type())
        && unit.agency() == AgencyType.PROCURATORATE) {
      return true; // the procuratorate sees every breach of its jurisdiction
    }
    return switch (event.topic()) {
      // Cases are the market-regulation bureaus' own.
      case Topics.CASE_EVENTS, Topics.PILOT_EVENTS -> unit.agency() == AgencyType.MARKET_REGULATION;
      // Referrals link the bureau, the police and the procuratorate of the jurisdiction.
      case Topics.REFERRAL_EVENTS ->
          unit.agency() == AgencyType.MARKET_REGULATION
              || unit.agency() == AgencyType.POLICE
              || unit.agency() == AgencyType.PROCURATORATE;
      default -> false;
    };
  }

  /**
   * Whether a unit of {@code agency} may subscribe to events of {@code topic} at all. A court may
   * subscribe to referral events, but is then told only of those addressed to it.
   */
  static boolean maySubscribe(AgencyType agency, String topic) {
    return switch (topic) {
      case Topics.CASE_EVENTS, Topics.PILOT_EVENTS -> agency == AgencyType.MARKET_REGULATION;
      case Topics.REFERRAL_EVENTS ->
          agency == AgencyType.MARKET_REGULATION
              || agency == AgencyType.POLICE
              || agency == AgencyType.PROCURATORATE
              || agency == AgencyType.COURT;
      default -> false;
    };
  }
}
