package cn.gov.sh.tradesecret.audit.matter;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.Set;

/**
 * Who sees which part of a matter: the rules by which notification-service tells agencies of events
 * ({@code subscription/Visibility}), applied to the caller. The market-regulation bureau of the
 * matter's district and the municipal bureau see its lead and case; the bureau, the police and the
 * procuratorate of the district (and the municipal ones) its referrals; the procuratorate every
 * deadline breach of its jurisdiction; a unit the notices addressed to it. Enterprises follow their
 * reports on their own portal, and operators run the platform without reading its matters.
 */
final class MatterReaders {

  private static final Set<String> DEADLINE_BREACHES =
      Set.of("CaseDeadlineBreached", "ReferralDeadlineBreached");

  private MatterReaders() {}

  /** Refuses (403) enterprises and operators, and any caller of no agency. */
  static void requireReader(Officer reader) {
    Officer.require(
        reader.agency() != null
            && !reader.is(AgencyType.ENTERPRISE)
            && !reader.is(AgencyType.PLATFORM),
        "only the agencies that work on matters read their timelines");
  }

  static boolean maySee(Officer reader, MatterEvent event) {
    if (reader.unit() != null && event.addressedTo().contains(reader.unit())) {
      return true;
    }
    if (event.district() == null || !reader.covers(event.district())) {
      return false;
    }
    if (DEADLINE_BREACHES.contains(event.type()) && reader.is(AgencyType.PROCURATORATE)) {
      return true;
    }
    return switch (event.topic()) {
      case Topics.CASE_EVENTS -> reader.is(AgencyType.MARKET_REGULATION);
      // an enterprise's online report is the lead's origin: the bureau's, as the lead is
      case Topics.ENTERPRISE_EVENTS ->
          reader.is(AgencyType.MARKET_REGULATION) && event.type().equals("InfringementReported");
      case Topics.REFERRAL_EVENTS ->
          reader.is(AgencyType.MARKET_REGULATION)
              || reader.is(AgencyType.POLICE)
              || reader.is(AgencyType.PROCURATORATE);
      default -> false;
    };
  }
}
