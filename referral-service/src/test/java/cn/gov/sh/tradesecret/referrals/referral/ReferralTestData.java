package cn.gov.sh.tradesecret.referrals.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Referral proposals as an officer's client sends them (plain JSON maps, so tests can break them).
 */
final class ReferralTestData {

  private ReferralTestData() {}

  static Map<String, Object> songjiangProposal() {
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("caseId", UUID.randomUUID().toString());
    referral.put("district", "310117");
    referral.put(
        "reason",
        "Claimed loss of 350,000 yuan exceeds the 300,000 yuan threshold of serious loss.");
    return referral;
  }

  static Map<String, Object> with(Map<String, Object> referral, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(referral);
    if (value == null) {
      changed.remove(field);
    } else {
      changed.put(field, value);
    }
    return changed;
  }

  /** The five materials of a transfer (art. 6), each with a fingerprint. */
  static List<Map<String, Object>> allMaterials() {
    return List.of(
        material("TRANSFER_LETTER", "涉嫌犯罪案件移送书"),
        material("INVESTIGATION_REPORT", "涉嫌犯罪案件情况的调查报告"),
        material("ITEMS_LIST", "涉案物品清单"),
        material("INSPECTION_CONCLUSIONS", "鉴定意见书"),
        material("OTHER_MATERIALS", "其他有关材料"));
  }

  static Map<String, Object> material(String kind, String title) {
    Map<String, Object> material = new LinkedHashMap<>();
    material.put("kind", kind);
    material.put("title", title);
    material.put("sha256", "ab".repeat(32));
    return material;
  }

  static Map<String, Object> transfer(List<Map<String, Object>> materials) {
    return Map.of("materials", materials);
  }

  static Map<String, Object> reasons(String reasons) {
    return Map.of("reasons", reasons);
  }
}
