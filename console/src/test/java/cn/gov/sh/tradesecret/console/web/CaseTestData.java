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
    c.put("owningUnit", "MR-310117");
    c.put("status", "INVESTIGATING");
    c.put("claimedAmount", 200000);
    c.put("suspectedCrime", false);
    c.put("filedAt", "2026-03-02T02:00:00Z");
    c.put("filedBy", "songjiang-officer");
    c.put("evidence", List.of());
    c.put("secretPoints", List.of());
    c.put("appraisals", List.of());
    c.put("version", 3);
    c.put("actStartedOn", "2026-01-05");
    c.put(
        "applicableFines",
        List.of(fineRange(false, 100000, 1000000), fineRange(true, 500000, 5000000)));
    for (String absent :
        List.of(
            "leadId",
            "outcome",
            "deadline",
            "referralGrounds",
            "referralProposedBy",
            "referralProposedAt",
            "referralId",
            "actEndedOn",
            "secretType",
            "industry",
            "foreignRelated",
            "amountInvolved",
            "lossesRecovered",
            "typicalCaseBy",
            "typicalCaseYear",
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

  /** An investigated case with its decision clock running, extended or not. */
  static Map<String, Object> withDeadline(boolean extended) {
    Map<String, Object> c = investigating();
    Map<String, Object> deadline = new HashMap<>();
    deadline.put("lastDay", "2026-06-01");
    deadline.put("dueAt", "2026-06-01T15:59:59Z");
    deadline.put("daysLeft", 40);
    deadline.put("workingDaysLeft", 28);
    deadline.put("paused", false);
    deadline.put("extended", extended);
    deadline.put("breached", false);
    deadline.put("provisional", false);
    c.put("deadline", deadline);
    return c;
  }

  /** An investigated case whose act's days are not recorded: no fine range applies yet. */
  /** A case whose head decided a penalty: its execution is still to be recorded. */
  static Map<String, Object> penalised() {
    Map<String, Object> c = investigating();
    c.put("status", "PENALTY_DECIDED");
    c.put("penaltyDecidedOn", "2026-03-02");
    c.put("fine", 150000);
    c.put("confiscation", 0);
    c.put("applicableFines", List.of());
    return c;
  }

  static Map<String, Object> withoutAct() {
    Map<String, Object> c = investigating();
    c.put("actStartedOn", null);
    c.put("applicableFines", List.of());
    return c;
  }

  private static Map<String, Object> fineRange(boolean serious, long min, long max) {
    Map<String, Object> range = new HashMap<>();
    range.put("serious", serious);
    range.put("lawVersion", "AUCL-2025");
    range.put("article", "Anti-Unfair Competition Law 2025");
    range.put("minFine", min);
    range.put("maxFine", max);
    range.put("lawChoice", "LAW_AT_THE_ACT");
    range.put("explanation", "the law in force when the act was committed applies");
    range.put("source", "AUCL 2025");
    return range;
  }
}
