package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.util.List;

/** The events referral-service publishes on {@code referral-events}. */
public final class ReferralEvents {

  public static final List<Class<? extends EventPayload>> TYPES =
      List.of(
          ReferralProposed.class,
          ReferralApproved.class,
          ReferralRejected.class,
          ReferralTransferred.class,
          ReferralReceipted.class,
          ReferralForwarded.class,
          ReferralAccepted.class,
          ReferralDeclined.class,
          ReferralReconsiderationRequested.class,
          ReferralReconsiderationDecided.class,
          ReferralSupervisionRequested.class,
          ReferralExplanationRequired.class,
          ReferralExplanationGiven.class,
          ReferralFilingOrdered.class,
          ReferralSupervisionClosed.class,
          ReferralItemsHandedOver.class,
          ReferralDeadlineApproaching.class,
          ReferralDeadlineBreached.class,
          ReferralOmissionSuspected.class,
          ReverseReferralSubmitted.class,
          ConfirmationRequested.class,
          ConfirmationGranted.class,
          ConfirmationRefused.class);

  private ReferralEvents() {}
}
