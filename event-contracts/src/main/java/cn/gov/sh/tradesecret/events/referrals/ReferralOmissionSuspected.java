package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A case at or above the criminal threshold (300,000 yuan) was penalised or closed without a
 * referral the police accepted or declined: the procuratorate is alerted that it may have been a
 * crime that should have been referred (不得以罚代刑). Keyed by case: there may be no referral.
 *
 * @param caseId the administrative case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param claimedAmount loss or illegal gain in yuan
 * @param trigger PENALTY_DECIDED or CASE_CLOSED
 * @param referralStatus the status of the case's latest referral, or NONE
 * @param detectedAt when
 */
public record ReferralOmissionSuspected(
    String caseId,
    String caseNumber,
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
