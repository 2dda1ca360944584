package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.CaseTestData;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import tools.jackson.databind.JsonNode;

/**
 * Fixtures of the case tests: a fresh lead, and one investigating case the bad-input matrices share
 * (they change nothing).
 */
final class CaseTestDataAccess {

  private static String sharedCase;

  private CaseTestDataAccess() {}

  static JsonNode lead(ApiClient api) {
    return CaseTestData.registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 50000);
  }

  static synchronized String sharedCase(ApiClient api) {
    if (sharedCase == null) {
      sharedCase =
          CaseTestData.fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 50000)
              .get("id")
              .asString();
    }
    return sharedCase;
  }
}
