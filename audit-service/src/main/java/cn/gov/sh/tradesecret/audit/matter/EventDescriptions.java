package cn.gov.sh.tradesecret.audit.matter;

import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.cases.CaseClosed;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineApproaching;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineBreached;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineEscalated;
import cn.gov.sh.tradesecret.events.cases.CaseFiled;
import cn.gov.sh.tradesecret.events.cases.CaseReferralProposed;
import cn.gov.sh.tradesecret.events.cases.LeadDeclined;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.cases.MediationConcluded;
import cn.gov.sh.tradesecret.events.cases.MediationFailed;
import cn.gov.sh.tradesecret.events.cases.PenaltyDecided;
import cn.gov.sh.tradesecret.events.cases.PenaltyExecuted;
import cn.gov.sh.tradesecret.events.enterprises.InfringementReported;
import cn.gov.sh.tradesecret.events.notifications.InboxEntryRead;
import cn.gov.sh.tradesecret.events.referrals.ReferralAccepted;
import cn.gov.sh.tradesecret.events.referrals.ReferralApproved;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeadlineBreached;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeclined;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.events.referrals.ReferralReceipted;
import cn.gov.sh.tradesecret.events.referrals.ReferralTransferred;
import cn.gov.sh.tradesecret.events.referrals.ReverseReferralSubmitted;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A line in the domain's words for an event: who acted and what happened, from its references and
 * classifications only. Never a reason, a description or a finding in an officer's own words: those
 * may name what the secret is, and the timeline is read by more agencies than the case file.
 */
final class EventDescriptions {

  /**
   * @param unit the agency unit that acted; null when the event does not say
   * @param summary what happened
   */
  record Description(String unit, String summary) {}

  private static final Map<Class<? extends EventPayload>, Function<EventPayload, Description>>
      TABLE =
          Map.ofEntries(
              line(
                  LeadRegistered.class,
                  e ->
                      new Description(
                          e.owningUnit(), "Lead registered (source " + e.source() + ")")),
              line(
                  LeadDeclined.class,
                  e ->
                      new Description(
                          e.owningUnit(), "Lead declined without filing (" + e.reasonCode() + ")")),
              line(
                  InfringementReported.class,
                  e ->
                      new Description(
                          null, "Infringement reported online as " + e.trackingNumber())),
              line(
                  CaseFiled.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          "Case "
                              + e.caseNumber()
                              + " filed"
                              + (e.suspectedCrime() ? ", crime suspected" : ""))),
              line(
                  CaseReferralProposed.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          "Case " + e.caseNumber() + ": referral to the police proposed")),
              line(
                  PenaltyDecided.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          "Case " + e.caseNumber() + ": penalty decided under " + e.lawVersion())),
              line(
                  MediationConcluded.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          "Case " + e.caseNumber() + ": mediation agreement concluded")),
              line(
                  MediationFailed.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          "Case " + e.caseNumber() + ": mediation failed (" + e.reason() + ")")),
              line(
                  PenaltyExecuted.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          "Case "
                              + e.caseNumber()
                              + ": penalty execution recorded ("
                              + e.manner()
                              + ")")),
              line(
                  CaseClosed.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          "Case " + e.caseNumber() + " closed (" + e.outcome() + ")")),
              line(
                  CaseDeadlineApproaching.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          deadline(e.deadline(), e.subjectKind())
                              + " approaching: "
                              + e.workingDaysLeft()
                              + " working days left")),
              line(
                  CaseDeadlineEscalated.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          deadline(e.deadline(), e.subjectKind())
                              + " escalated to the head, due "
                              + e.due())),
              line(
                  CaseDeadlineBreached.class,
                  e ->
                      new Description(
                          e.owningUnit(),
                          deadline(e.deadline(), e.subjectKind()) + " breached, due " + e.due())),
              line(
                  ReferralProposed.class,
                  e -> new Description(e.referringUnit(), "Referral to the police proposed")),
              line(
                  ReferralApproved.class,
                  e -> new Description(e.referringUnit(), "Referral approved by the head")),
              line(
                  ReferralTransferred.class,
                  e ->
                      new Description(
                          e.referringUnit(),
                          "Referral transferred to "
                              + e.policeUnit()
                              + ", copied to "
                              + e.procuratorateUnit()
                              + ", "
                              + e.materials().size()
                              + " materials")),
              line(
                  ReferralReceipted.class,
                  e -> new Description(e.policeUnit(), "Referral receipted")),
              line(
                  ReferralAccepted.class,
                  e -> new Description(e.policeUnit(), "Referral accepted: criminal case filed")),
              line(
                  ReferralDeclined.class,
                  e -> new Description(e.policeUnit(), "Referral declined with reasons")),
              line(
                  ReferralDeadlineBreached.class,
                  e ->
                      new Description(
                          e.responsibleUnit(),
                          e.clock() + " clock of the referral breached, due " + e.dueAt())),
              line(
                  ReverseReferralSubmitted.class,
                  e ->
                      new Description(e.policeUnit(), "Matter referred back to " + e.targetUnit())),
              line(
                  InboxEntryRead.class,
                  e -> new Description(e.unit(), e.eventType() + " read in the unit's inbox")));

  private EventDescriptions() {}

  /** The description of {@code payload}; for a type without a line, its name in words. */
  static Description of(String type, EventPayload payload) {
    Function<EventPayload, Description> line =
        payload == null ? null : TABLE.get(payload.getClass());
    return line == null ? new Description(null, inWords(type)) : line.apply(payload);
  }

  /** {@code ReferralExplanationRequired} as "Referral explanation required". */
  static String inWords(String type) {
    String words = type.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static <T extends EventPayload>
      Map.Entry<Class<T>, Function<EventPayload, Description>> line(
          Class<T> type, Function<T, Description> description) {
    return Map.entry(type, payload -> description.apply(type.cast(payload)));
  }

  /** "LEAD_DECISION deadline of the lead": how the three deadline events name their clock. */
  private static String deadline(Object deadline, String subjectKind) {
    return deadline + " deadline of the " + subjectKind.toLowerCase(Locale.ROOT);
  }
}
