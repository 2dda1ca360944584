package cn.gov.sh.tradesecret.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cases as case-service's API returns them. */
final class CaseTestData {

  private CaseTestData() {}

  static Map<String, Object> investigating() {
    Map<String, Object> c = new HashMap<>();
    c.put("id", "c1");
    c.put("caseNumber", "C-2026-0001");
    c.put("district", "310117");
    c.put("status", "INVESTIGATING");
    c.put("claimedAmount", 200000);
    c.put("suspectedCrime", false);
    c.put("filedAt", "2026-03-02T02:00:00Z");
    c.put("filedBy", "songjiang-officer");
    c.put("evidence", List.of());
    c.put("secretPoints", List.of());
    c.put("appraisals", List.of());
    c.put("version", 3);
    for (String absent :
        List.of(
            "leadId",
            "outcome",
            "deadline",
            "referralGrounds",
            "referralProposedBy",
            "referralProposedAt",
            "referralId",
            "orderToStop",
            "fine",
            "confiscation",
            "serious",
            "mitigationGrounds",
            "lawVersion",
            "penaltyDecidedBy",
            "penaltyDecidedOn",
            "mediationCourtUnit",
            "mediationAgreementSha256",
            "mediationConcludedAt",
            "closingReason",
            "closedBy",
            "closedAt")) {
      // the API writes every field, null when it has no value
      c.put(absent, null);
    }
    return c;
  }
}
