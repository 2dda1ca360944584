package cn.gov.sh.tradesecret.notifications.subscription;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds who is to be told of an event, within what each unit may see. */
@Service
public class Subscriptions {

  private final SubscriptionRepository subscriptions;

  Subscriptions(SubscriptionRepository subscriptions) {
    this.subscriptions = subscriptions;
  }

  /**
   * The agency units whose inbox subscriptions match {@code event} and who may see it: a
   * subscription never widens what the producing service's access rules allow.
   */
  @Transactional(readOnly = true)
  public Set<String> inboxRecipients(EventEnvelope<?> event) {
    Set<String> units = new TreeSet<>();
    for (Subscription subscription : subscriptions.findMatching(Channel.INBOX, event.type(), event.topic(),
        event.district(), event.subject())) {
      AgencyUnit.parse(subscription.getUnit())
          .filter(unit -> Visibility.maySee(unit, event))
          .ifPresent(unit -> units.add(unit.id()));
    }
    return units;
  }

  @Transactional(readOnly = true)
  public List<Subscription> ofUnit(String unit) {
    return subscriptions.findByUnitOrderByCreatedAt(unit);
  }
}
