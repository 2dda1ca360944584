package cn.gov.sh.tradesecret.referrals.referral;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Referral proposals as an officer's client sends them (plain JSON maps, so tests can break them). */
final class ReferralTestData {

  private ReferralTestData() {}

  static Map<String, Object> songjiangProposal() {
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("caseId", UUID.randomUUID().toString());
    referral.put("district", "310117");
    referral.put("reason", "Claimed loss of 350,000 yuan exceeds the 300,000 yuan threshold of serious loss.");
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
}
