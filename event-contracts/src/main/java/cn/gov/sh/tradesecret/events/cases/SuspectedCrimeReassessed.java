package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case's suspected-crime finding was made again on what was newly recorded (an appraisal's
 * established loss or illegal gains, the rights holder's bankruptcy) and changed: raised, so the
 * case must be referred to the police (不得以罚代刑), or cleared. Published only when the finding
 * changes. The threshold is the one in force that day (from 2025-04-26 the SPC/SPP interpretation
 * 法释〔2025〕5号: loss to the rights holder or illegal gains of 300,000 yuan or more, or the rights
 * holder's bankruptcy).
 *
 * @param caseId the case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param suspectedCrime the finding now: true when raised, false when cleared
 * @param trigger what was recorded: APPRAISAL_FINISHED or RIGHTS_HOLDER_BANKRUPTCY
 * @param claimedAmount the loss or illegal gain the rights holder claimed, in yuan
 * @param establishedLoss the loss to the rights holder established, in yuan; null until one was
 * @param illegalGains the illegal gains established, in yuan; null until they were
 * @param rightsHolderBankrupt whether the rights holder's bankruptcy is recorded on the case
 * @param grounds why the case is or is not a suspected crime, as the bureau records it
 * @param threshold the criminal threshold applied, e.g. {@code FASHI-2025-5} (法释〔2025〕5号)
 * @param thresholdAmount its loss or illegal gains in yuan
 * @param thresholdSource where the threshold comes from
 * @param reassessedAt when
 */
public record SuspectedCrimeReassessed(
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    boolean suspectedCrime,
    String trigger,
    BigDecimal claimedAmount,
    @Nullable BigDecimal establishedLoss,
    @Nullable BigDecimal illegalGains,
    boolean rightsHolderBankrupt,
    String grounds,
    String threshold,
    BigDecimal thresholdAmount,
    String thresholdSource,
    Instant reassessedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
