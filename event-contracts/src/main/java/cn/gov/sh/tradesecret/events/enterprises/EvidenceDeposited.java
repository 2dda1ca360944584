package cn.gov.sh.tradesecret.events.enterprises;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * An enterprise deposited the fingerprint of a piece of evidence. No title: it may say more than
 * the enterprise wants known.
 *
 * @param depositId the deposit's id
 * @param receiptNumber the receipt an officer attaches to a case's evidence
 * @param sha256 the fingerprint
 * @param category what kind of document it stands for
 * @param creditCode the depositor
 * @param district where the depositor is registered
 * @param depositedAt the time of the timestamp token
 */
public record EvidenceDeposited(
    String depositId,
    String receiptNumber,
    String sha256,
    String category,
    String creditCode,
    String district,
    Instant depositedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return depositId;
  }
}
