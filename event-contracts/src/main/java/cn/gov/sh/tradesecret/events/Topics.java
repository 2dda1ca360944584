package cn.gov.sh.tradesecret.events;

/** The platform's topics: one per producing service, keyed by aggregate id. */
public final class Topics {

  public static final String CASE_EVENTS = "case-events";
  public static final String REFERRAL_EVENTS = "referral-events";
  public static final String PILOT_EVENTS = "pilot-events";
  public static final String NOTIFICATION_EVENTS = "notification-events";
  public static final String ENTERPRISE_EVENTS = "enterprise-events";

  /** The gateway's audit records of state-changing requests (not domain events). */
  public static final String AUDIT_RECORDS = "audit-records";

  /** Suffix of the dead-letter topic of a topic: messages no consumer could process. */
  public static final String DEAD_LETTER_SUFFIX = ".DLT";

  private Topics() {}

  /** The service that publishes on a domain topic: its only producer. */
  public static String producer(String topic) {
    return switch (topic) {
      case CASE_EVENTS -> "case-service";
      case REFERRAL_EVENTS -> "referral-service";
      case PILOT_EVENTS -> "pilot-service";
      case NOTIFICATION_EVENTS -> "notification-service";
      case ENTERPRISE_EVENTS -> "enterprise-service";
      case AUDIT_RECORDS -> "gateway";
      default -> throw new IllegalArgumentException("not a topic of the platform: " + topic);
    };
  }

  public static String deadLetter(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }
}
