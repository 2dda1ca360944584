package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An approved referral was transferred to the police unit of the same level and district with the
 * five required materials (regulation art. 6), a copy to the procuratorate of the same
 * jurisdiction. Carries the kinds and SHA-256 fingerprints of the materials, never their content.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param materials each material as {@code KIND:sha256}
 * @param transferredBy the transferring officer's account
 * @param transferredAt when
 */
public record ReferralTransferred(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    String procuratorateUnit,
    List<String> materials,
    String transferredBy,
    Instant transferredAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(policeUnit, procuratorateUnit);
  }
}
