package cn.gov.sh.tradesecret.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Leads as case-service's API returns them. */
final class LeadTestData {

  private LeadTestData() {}

  static final String ORDER_126_TITLE = "《商业秘密保护规定》（国家市场监督管理总局令第126号）";

  /**
   * A Songjiang lead awaiting the filing decision, not designated, under SAMR Order No. 126 (a
   * district bureau files with the municipal bureau's designation).
   */
  static Map<String, Object> registered() {
    return underFilingRule(filingRule("SAMR-ORDER-126", ORDER_126_TITLE, "2026-06-01", true));
  }

  /** The lead under another filing rule, or none in force ({@code null}). */
  static Map<String, Object> underFilingRule(Map<String, Object> rule) {
    Map<String, Object> lead = new HashMap<>();
    lead.put("id", "l1");
    lead.put("district", "310117");
    lead.put("owningUnit", "MR-310117");
    lead.put("source", "COMPLAINT");
    lead.put("rightsHolder", Map.of("name", "上海某精密机械有限公司", "creditCode", "91310117MA1J3XXX0Q"));
    lead.put("suspects", List.of(Map.of("name", "张某")));
    lead.put("description", "A former engineer took the servo drawings to a competitor.");
    lead.put("claimedAmount", 200000);
    lead.put("receivedAt", "2026-03-02T02:00:00Z");
    lead.put("status", "REGISTERED");
    lead.put("fastChannel", false);
    lead.put("version", 1);
    lead.put("filingRule", rule);
    for (String absent :
        List.of(
            "deadline",
            "originReference",
            "declineReasonCode",
            "declineReason",
            "decidedBy",
            "decidedAt",
            "caseId",
            "designatedBy",
            "designatedAt",
            "designationDocument")) {
      lead.put(absent, null);
    }
    return lead;
  }

  /** A rule as case-service's {@code lead.filingRule} shows it. */
  static Map<String, Object> filingRule(
      String id, String title, String validFrom, boolean districtWithDesignation) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("id", id);
    rule.put("title", title);
    rule.put("validFrom", validFrom);
    rule.put("districtWithDesignation", districtWithDesignation);
    rule.put("source", "the rule's source");
    return rule;
  }

  /** The lead with its filing decision clock, given more time or not. */
  static Map<String, Object> withDeadline(boolean extended) {
    Map<String, Object> lead = registered();
    Map<String, Object> deadline = new HashMap<>();
    deadline.put("lastDay", "2026-03-20");
    deadline.put("dueAt", "2026-03-20T15:59:59Z");
    deadline.put("daysLeft", 12);
    deadline.put("workingDaysLeft", 9);
    deadline.put("paused", false);
    deadline.put("extended", extended);
    deadline.put("breached", false);
    deadline.put("provisional", false);
    lead.put("deadline", deadline);
    return lead;
  }

  /** The same lead once the municipal bureau designated the Songjiang bureau. */
  static Map<String, Object> designated() {
    Map<String, Object> lead = registered();
    lead.put("designatedBy", "municipal-head");
    lead.put("designatedAt", "2026-03-03T02:00:00Z");
    lead.put("designationDocument", "沪市监法〔2026〕12号");
    lead.put("version", 2);
    return lead;
  }
}
