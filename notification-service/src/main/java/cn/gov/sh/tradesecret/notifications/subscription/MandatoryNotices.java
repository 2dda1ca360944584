package cn.gov.sh.tradesecret.notifications.subscription;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.events.reference.Districts;
import java.util.Set;
import java.util.TreeSet;

/**
 * The notices the law requires, whatever a unit subscribed to, delivered to its inbox: every unit
 * an event is addressed to ({@code EventPayload.addressedUnits()}: a referral transferred to a
 * police unit and its copy to the procuratorate, a confirmation request to a court), and every
 * deadline breach to the procuratorates of its jurisdiction. The procuratorates' copies of all
 * referral events are seeded, undeletable subscriptions (migration V2).
 */
final class MandatoryNotices {

  /** The type a producer names a breached legal deadline with, whatever its topic. */
  static final String DEADLINE_BREACHED = "DeadlineBreached";

  private MandatoryNotices() {}

  static boolean isDeadlineBreach(String type) {
    return type.endsWith(DEADLINE_BREACHED);
  }

  static Set<String> recipients(EventEnvelope<?> event) {
    Set<String> units = new TreeSet<>();
    for (String addressed : event.data().addressedUnits()) {
      AgencyUnit.parse(addressed).ifPresent(unit -> units.add(unit.id()));
    }
    if (isDeadlineBreach(event.type())) {
      units.add(AgencyType.PROCURATORATE.unitIn(Districts.MUNICIPAL));
      if (Districts.isKnown(event.district())) {
        units.add(AgencyType.PROCURATORATE.unitIn(event.district()));
      }
    }
    return units;
  }
}
