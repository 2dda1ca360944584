package cn.gov.sh.tradesecret.enterprise.report.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A report and where it stands. The bureau appears as its unit once it received the report; its
 * officers and notes do not appear at all.
 *
 * @param declineReason the reason code of a declined report (不予立案)
 * @param caseNumber the case number once a case was filed (立案)
 */
record ReportResponse(
    String id,
    String trackingNumber,
    String enterpriseName,
    String creditCode,
    String district,
    String secretType,
    String whatWasTaken,
    String howTaken,
    List<SuspectResponse> suspects,
    BigDecimal estimatedLoss,
    List<String> evidenceFingerprints,
    String status,
    Instant reportedAt,
    Instant statusChangedAt,
    String bureauUnit,
    String declineReason,
    String caseNumber) {

  record SuspectResponse(String name, String creditCode) {}
}
