package cn.gov.sh.tradesecret.referrals.casewatch;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.CaseClosed;
import cn.gov.sh.tradesecret.events.cases.CaseFiled;
import cn.gov.sh.tradesecret.events.cases.CaseReferralProposed;
import cn.gov.sh.tradesecret.events.cases.LeadDeclined;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.cases.MediationConcluded;
import cn.gov.sh.tradesecret.events.cases.PenaltyDecided;
import cn.gov.sh.tradesecret.events.cases.SuspectedCrimeReassessed;
import cn.gov.sh.tradesecret.referrals.casewatch.CaseWatch.Conclusion;
import cn.gov.sh.tradesecret.referrals.confirmation.Confirmations;
import cn.gov.sh.tradesecret.referrals.referral.BureauSteps;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@value Topics#CASE_EVENTS} once in effect per event; unreadable messages and repeated
 * failures go to its dead-letter topic (service-support's error handler). A referral proposed in
 * case-service opens a referral, a concluded mediation a confirmation request; the rest (leads
 * registered and declined, cases filed, reassessed, penalised, closed) feeds the case watch. Other
 * event types are recorded as processed and otherwise ignored.
 */
@Component
class CaseEventListener {

  private final EventHandling events;
  private final CaseWatch watch;
  private final BureauSteps referrals;
  private final Confirmations confirmations;

  CaseEventListener(
      EventHandling events, CaseWatch watch, BureauSteps referrals, Confirmations confirmations) {
    this.events = events;
    this.watch = watch;
    this.referrals = referrals;
    this.confirmations = confirmations;
  }

  @KafkaListener(topics = Topics.CASE_EVENTS)
  void on(ConsumerRecord<String, String> record) {
    events.handle(record, this::apply);
  }

  private void apply(EventEnvelope<EventPayload> event) {
    EventPayload data = event.data();
    if (data instanceof LeadRegistered lead) {
      watch.leadRegistered(lead, event.time());
    } else if (data instanceof LeadDeclined declined) {
      watch.leadDeclined(declined.leadId(), declined.declinedAt());
    } else if (data instanceof CaseFiled filed) {
      watch.reported(
          filed.caseId(),
          filed.caseNumber(),
          filed.district(),
          filed.owningUnit(),
          filed.claimedAmount(),
          filed.suspectedCrime(),
          filed.filedAt());
    } else if (data instanceof SuspectedCrimeReassessed reassessed) {
      watch.reassessed(reassessed);
    } else if (data instanceof CaseReferralProposed proposed) {
      watch.reported(
          proposed.caseId(),
          proposed.caseNumber(),
          proposed.district(),
          proposed.owningUnit(),
          proposed.claimedAmount(),
          proposed.suspectedCrime(),
          proposed.proposedAt());
      referrals.proposeFromCase(
          proposed.caseId(),
          proposed.caseNumber(),
          proposed.district(),
          proposed.owningUnit(),
          proposed.grounds(),
          proposed.proposedBy(),
          proposed.proposedAt());
    } else if (data instanceof PenaltyDecided penalty) {
      watch.concluded(
          penalty.caseId(),
          penalty.caseNumber(),
          penalty.district(),
          penalty.owningUnit(),
          penalty.claimedAmount(),
          penalty.suspectedCrime(),
          Conclusion.PENALTY_DECIDED,
          penalty.decidedAt());
    } else if (data instanceof CaseClosed closed) {
      watch.concluded(
          closed.caseId(),
          closed.caseNumber(),
          closed.district(),
          closed.owningUnit(),
          closed.claimedAmount(),
          closed.suspectedCrime(),
          Conclusion.CASE_CLOSED,
          closed.closedAt());
    } else if (data instanceof MediationConcluded mediation) {
      confirmations.request(
          mediation.caseId(),
          mediation.caseNumber(),
          mediation.district(),
          mediation.owningUnit(),
          mediation.courtUnit(),
          mediation.agreementSha256(),
          mediation.concludedAt());
    }
  }
}
