package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.util.List;

/** The events referral-service publishes on {@code referral-events}. */
public final class ReferralEvents {

  public static final List<Class<? extends EventPayload>> TYPES = List.of(
      ReferralProposed.class,
      ReferralRejected.class,
      ReferralAccepted.class,
      ReferralDeclined.class,
      ReverseReferralSubmitted.class,
      ConfirmationGranted.class,
      ConfirmationRefused.class);

  private ReferralEvents() {}
}
