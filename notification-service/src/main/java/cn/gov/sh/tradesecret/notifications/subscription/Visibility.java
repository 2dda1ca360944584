package cn.gov.sh.tradesecret.notifications.subscription;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;

/**
 * Which agency may be told of which event: the access rules of the producing services, applied
 * again here so that no subscription widens them.
 */
final class Visibility {

  private Visibility() {}

  static boolean maySee(AgencyUnit unit, EventEnvelope<?> event) {
    if (!unit.covers(event.district())) {
      return false;
    }
    return switch (event.topic()) {
      // Cases are the market-regulation bureaus' own.
      case Topics.CASE_EVENTS, Topics.PILOT_EVENTS -> unit.agency() == AgencyType.MARKET_REGULATION;
      // Referrals link the bureau, the police and the procuratorate of the jurisdiction.
      case Topics.REFERRAL_EVENTS -> unit.agency() == AgencyType.MARKET_REGULATION
          || unit.agency() == AgencyType.POLICE || unit.agency() == AgencyType.PROCURATORATE;
      default -> false;
    };
  }
}
