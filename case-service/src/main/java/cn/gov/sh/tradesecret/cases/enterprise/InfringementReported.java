package cn.gov.sh.tradesecret.cases.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * enterprise-service's {@code InfringementReported}, as this service reads it (schema version 1).
 * Read here rather than from event-contracts, which does not list the enterprise events yet.
 */
record InfringementReported(
    UUID reportId,
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
    Instant reportedAt) {

  static final String TYPE = "InfringementReported";

  record Suspect(String name, String creditCode) {}

  /** The fields a lead cannot do without; empty when the report has them all. */
  List<String> missingFields() {
    java.util.ArrayList<String> missing = new java.util.ArrayList<>();
    if (reportId == null) {
      missing.add("reportId");
    }
    if (trackingNumber == null || trackingNumber.isBlank()) {
      missing.add("trackingNumber");
    }
    if (district == null) {
      missing.add("district");
    }
    if (enterpriseName == null || enterpriseName.isBlank()) {
      missing.add("enterpriseName");
    }
    if (whatWasTaken == null) {
      missing.add("whatWasTaken");
    }
    if (estimatedLoss == null) {
      missing.add("estimatedLoss");
    }
    if (reportedAt == null) {
      missing.add("reportedAt");
    }
    return missing;
  }
}
