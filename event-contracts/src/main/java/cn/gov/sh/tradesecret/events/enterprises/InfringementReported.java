package cn.gov.sh.tradesecret.events.enterprises;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise reported a suspected infringement of its trade secrets online; case-service
 * registers it as a lead of the competent district bureau, whose id is {@code reportId}. Carries
 * descriptions and the SHA-256 fingerprints of the evidence, never the evidence.
 *
 * @param reportId the report's id, also the id of the lead it becomes
 * @param trackingNumber what the enterprise quotes, e.g. {@code ER-2026-000042}
 * @param district the district whose bureau is competent
 * @param enterpriseName the rights holder's name as it reported it
 * @param creditCode the rights holder's unified social credit code
 * @param secretType TECHNICAL or BUSINESS information
 * @param whatWasTaken what was taken, in the enterprise's words
 * @param howTaken how it was taken
 * @param suspects who is suspected
 * @param estimatedLoss the enterprise's estimate of its loss, in yuan
 * @param evidenceFingerprints SHA-256 of each piece of evidence, 64 lower-case hex digits
 * @param reportedAt when it was reported: the bureau's 15-working-day clock starts here
 */
public record InfringementReported(
    String reportId,
    String trackingNumber,
    String district,
    String enterpriseName,
    String creditCode,
    String secretType,
    String whatWasTaken,
    String howTaken,
    List<Suspect> suspects,
    BigDecimal estimatedLoss,
    List<String> evidenceFingerprints,
    Instant reportedAt)
    implements EventPayload {

  /**
   * A suspected infringer: a company by its credit code, or a person by name.
   *
   * @param name the company's or the person's name
   * @param creditCode the company's unified social credit code, when it is a company
   */
  public record Suspect(String name, @Nullable String creditCode) {}

  @Override
  public String aggregateId() {
    return reportId;
  }
}
