package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.EventVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case at or above the criminal threshold was penalised or closed without a referral the police
 * accepted or declined, or such a lead was declined without filing: the procuratorate is alerted
 * that it may have been a crime that should have been referred (不得以罚代刑). Keyed by case (or lead):
 * there may be no referral.
 *
 * <p>Version 2: a declined lead has no case number, and {@code caseNumber} is null; version 1 said
 * {@code NONE} there.
 *
 * @param caseId the administrative case, or the lead when it was declined without filing
 * @param caseNumber its case number; null for a lead declined without filing
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param claimedAmount loss or illegal gain in yuan
 * @param trigger PENALTY_DECIDED, CASE_CLOSED or LEAD_DECLINED
 * @param referralStatus the status of the case's latest referral, or NONE
 * @param detectedAt when
 */
@EventVersion(2)
public record ReferralOmissionSuspected(
    String caseId,
    @Nullable String caseNumber,
    String district,
    String owningUnit,
    String procuratorateUnit,
    BigDecimal claimedAmount,
    String trigger,
    String referralStatus,
    Instant detectedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(procuratorateUnit);
  }
}
