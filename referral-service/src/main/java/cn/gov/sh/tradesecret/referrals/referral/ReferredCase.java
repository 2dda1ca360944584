package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The administrative case a referral concerns and the proposal that started it: the referring unit
 * is the market-regulation bureau of the case's district, and the procuratorate of that district is
 * copied and may supervise (State Council regulation on the transfer of suspected criminal cases by
 * administrative law-enforcement agencies, 2020 revision).
 */
@Embeddable
public record ReferredCase(
    @Column(name = "case_id") String caseId,
    @Column(name = "case_number") String caseNumber,
    String district,
    @Column(name = "referring_unit") String referringUnit,
    String reason,
    @Column(name = "proposed_by") String proposedBy,
    @Column(name = "proposed_at") Instant proposedAt) {

  /** The case {@code caseId} of {@code district}, proposed for referral by {@code proposer}. */
  static ReferredCase proposed(
      String caseId,
      String caseNumber,
      String district,
      String reason,
      Actor proposer,
      Instant proposedAt) {
    return new ReferredCase(
        caseId,
        caseNumber,
        district,
        AgencyType.MARKET_REGULATION.unitIn(district),
        reason,
        proposer.account(),
        proposedAt);
  }

  /** The procuratorate of the case's district, copied on the referral. */
  public String procuratorateUnit() {
    return AgencyType.PROCURATORATE.unitIn(district);
  }
}
