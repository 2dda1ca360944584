package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.util.List;

/** The events case-service publishes on {@code case-events}. */
public final class CaseEvents {

  public static final List<Class<? extends EventPayload>> TYPES =
      List.of(
          LeadRegistered.class,
          LeadDeclined.class,
          CaseFiled.class,
          AppraisalStarted.class,
          AppraisalFinished.class,
          SuspectedCrimeReassessed.class,
          CaseDeadlineExtended.class,
          CaseDeadlineEscalated.class,
          CaseDeadlineApproaching.class,
          CaseDeadlineBreached.class,
          CaseReferralProposed.class,
          PenaltyDecided.class,
          PenaltyExecuted.class,
          MediationConcluded.class,
          MediationFailed.class,
          CaseClosed.class);

  private CaseEvents() {}
}
