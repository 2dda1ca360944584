package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.lead.LeadService;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationGranted;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationRefused;
import cn.gov.sh.tradesecret.events.referrals.ReferralAccepted;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeclined;
import cn.gov.sh.tradesecret.events.referrals.ReferralRejected;
import cn.gov.sh.tradesecret.events.referrals.ReverseReferralSubmitted;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@value Topics#REFERRAL_EVENTS} once in effect per event: the outcome of a referral
 * (accepted, declined by the police, rejected by the head) and of a judicial confirmation update
 * the case; a reverse referral becomes a lead of the target bureau. Other referral events are
 * ignored.
 */
@Component
class ReferralEventListener {

  private final EventHandling events;
  private final CaseService cases;
  private final LeadService leads;

  ReferralEventListener(EventHandling events, CaseService cases, LeadService leads) {
    this.events = events;
    this.cases = cases;
    this.leads = leads;
  }

  @KafkaListener(topics = Topics.REFERRAL_EVENTS)
  void on(ConsumerRecord<String, String> record) {
    events.handle(
        record,
        event -> {
          var data = event.data();
          if (data instanceof ReferralAccepted accepted) {
            cases.reported(
                accepted.caseId(), event.type(), c -> c.referralAccepted(accepted.referralId()));
          } else if (data instanceof ReferralDeclined declined) {
            cases.reported(
                declined.caseId(), event.type(), c -> c.referralDeclined(declined.referralId()));
          } else if (data instanceof ReferralRejected rejected) {
            cases.reported(
                rejected.caseId(), event.type(), c -> c.referralRejected(rejected.referralId()));
          } else if (data instanceof ConfirmationGranted granted) {
            cases.reported(granted.caseId(), event.type(), InfringementCase::confirmationGranted);
          } else if (data instanceof ConfirmationRefused refused) {
            cases.reported(refused.caseId(), event.type(), InfringementCase::confirmationRefused);
          } else if (data instanceof ReverseReferralSubmitted reverse) {
            leads.registerReverseReferral(reverse);
          }
        });
  }
}
