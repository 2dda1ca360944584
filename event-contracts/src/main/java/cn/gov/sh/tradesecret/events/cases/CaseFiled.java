package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A bureau filed a case (立案) on a lead; it must be decided within 90 days of filing
 * (market-regulation penalty procedure). Under SAMR Order No. 126 (from 2026-06-01) a district
 * bureau files only with the municipal bureau's designation, which the event then names.
 *
 * @param caseId the case's id
 * @param leadId the lead it was filed on
 * @param caseNumber the human-readable case number of the bureau and year
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau, e.g. {@code MR-310117}
 * @param claimedAmount loss or illegal gain in yuan
 * @param suspectedCrime the amount reaches the criminal threshold (300,000 yuan): it must be
 *     referred
 * @param filedAt when it was filed
 * @param decisionDue end of the last day to decide, Asia/Shanghai
 * @param jurisdictionRule the filing rule in force at filing, e.g. {@code SAMR-ORDER-126}; null
 *     when none applied
 * @param designatedBy the municipal officer who designated the district bureau to handle the case;
 *     null when the case needed no designation
 * @param designatedAt when the designation was made; null when none
 * @param designationDocument the designation document's number; null when none
 */
public record CaseFiled(
    String caseId,
    String leadId,
    String caseNumber,
    String district,
    String owningUnit,
    BigDecimal claimedAmount,
    boolean suspectedCrime,
    Instant filedAt,
    Instant decisionDue,
    @Nullable String jurisdictionRule,
    @Nullable String designatedBy,
    @Nullable Instant designatedAt,
    @Nullable String designationDocument)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
