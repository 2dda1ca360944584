package cn.gov.sh.tradesecret.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A referral as referral-service writes it, for the referral page. */
final class ReferralTestData {

  private ReferralTestData() {}

  /** Declined by the Songjiang police, at the given stage of the procuratorate's supervision. */
  static Map<String, Object> declined(String supervision) {
    Map<String, Object> referral = new HashMap<>();
    referral.put("id", "r1");
    referral.put("caseId", "c1");
    referral.put("caseNumber", "沪松市监案〔2026〕7号");
    referral.put("district", "310117");
    referral.put("referringUnit", "MR-310117");
    referral.put("procuratorateUnit", "PROC-310117");
    referral.put("policeUnit", "PSB-310117");
    referral.put("forwardedFrom", null);
    referral.put("reason", "Loss of 350,000 yuan");
    referral.put("status", "DECLINED");
    referral.put("supervision", supervision);
    referral.put("materials", List.of());
    referral.put("criminalCaseNumber", null);
    referral.put("proposedBy", "songjiang-head");
    referral.put("proposedAt", "2026-03-02T01:00:00Z");
    referral.put("updatedAt", "2026-03-09T01:00:00Z");
    return referral;
  }
}
