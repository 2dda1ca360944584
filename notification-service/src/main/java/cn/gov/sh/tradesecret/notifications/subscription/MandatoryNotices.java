package cn.gov.sh.tradesecret.notifications.subscription;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.events.reference.Districts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The notices the law requires, whatever a unit subscribed to, delivered to its inbox: every unit
 * an event is addressed to ({@code EventPayload.addressedUnits()}: a referral transferred to a
 * police unit and its copy to the procuratorate, a confirmation request to a court), and every
 * deadline breach to the procuratorates of its jurisdiction. The procuratorates' copies of all
 * referral events are seeded, undeletable subscriptions (migration V2).
 */
public final class MandatoryNotices {

  /** The type a producer names a breached legal deadline with, whatever its topic. */
  static final String DEADLINE_BREACHED = "DeadlineBreached";

  private MandatoryNotices() {}

  static boolean isDeadlineBreach(String type) {
    return type.endsWith(DEADLINE_BREACHED);
  }

  /**
   * Who receives every event of {@code type} on {@code topic} whatever they subscribed to, in words
   * for the public catalogue; {@code addressedFields} are the payload fields naming the units it is
   * addressed to (with their meaning).
   */
  public static List<String> describe(
      String type, String topic, Map<String, String> addressedFields) {
    List<String> recipients = new ArrayList<>();
    addressedFields.forEach(
        (field, meaning) -> recipients.add("the unit in " + field + " (" + meaning + ")"));
    if (isDeadlineBreach(type)) {
      recipients.add(
          "the municipal procuratorate and the procuratorate of the event's district (a legal"
              + " deadline breached)");
    }
    if (topic.equals(Topics.REFERRAL_EVENTS)) {
      recipients.add(
          "the procuratorate of the referral's district and the municipal procuratorate (copied on"
              + " every referral event, per the State Council regulation on the transfer of"
              + " suspected criminal cases)");
    }
    return recipients;
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
