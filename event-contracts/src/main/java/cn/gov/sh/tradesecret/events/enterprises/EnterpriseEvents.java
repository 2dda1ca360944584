package cn.gov.sh.tradesecret.events.enterprises;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.util.List;

/** The events enterprise-service publishes on {@code enterprise-events}. */
public final class EnterpriseEvents {

  public static final List<Class<? extends EventPayload>> TYPES =
      List.of(InfringementReported.class, EvidenceDeposited.class, SelfAssessmentShared.class);

  private EnterpriseEvents() {}
}
