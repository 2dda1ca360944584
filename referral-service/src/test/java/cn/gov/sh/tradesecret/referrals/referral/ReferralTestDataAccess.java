package cn.gov.sh.tradesecret.referrals.referral;

import java.util.List;
import java.util.Map;

/** Referral test data for the tests of other packages. */
public final class ReferralTestDataAccess {

  private ReferralTestDataAccess() {}

  public static List<Map<String, Object>> allMaterials() {
    return ReferralTestData.allMaterials();
  }
}
