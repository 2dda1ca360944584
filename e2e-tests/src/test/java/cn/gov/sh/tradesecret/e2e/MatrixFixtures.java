package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * One resource of every kind the API names by id, all of Songjiang district (310117) and made by
 * its own units, so that every column of the access matrix has something real to be let in to or
 * kept out of.
 */
final class MatrixFixtures {

  /** The municipal bureau's designation of a district bureau (SAMR Order No. 126). */
  static final String DESIGNATION = "{\"documentNumber\": \"沪市监法〔2026〕12号\"}";

  static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final String LEAD =
      """
      {"source": "COMPLAINT", "district": "310117",
       "rightsHolder": {"name": "上海某精密机械有限公司", "creditCode": "91310117MA1J3XXX0Q"},
       "suspects": [{"name": "张某"}],
       "description": "A former engineer took the servo drawings to a competitor.",
       "claimedAmount": 350000}""";

  /** An online report of a Songjiang enterprise (its own district when none is named). */
  static final String REPORT =
      """
      {"enterpriseName": "上海某精密机械有限公司", "secretType": "TECHNICAL", "whatWasTaken": "伺服电机设计图纸 12 份",
       "howTaken": "离职工程师离职前拷贝至个人网盘, 现任职竞争对手", "suspects": [{"name": "张某"}],
       "estimatedLoss": 850000, "evidenceFingerprints": ["%s"]}"""
          .formatted(SHA256);

  /** Every question of the integrated-circuit guide answered, the scores shared with the bureau. */
  static final String SELF_ASSESSMENT =
      """
      {"guideId": "{guide}", "shareWithBureau": true,
       "answers": {"CLS-1": "YES", "CLS-2": "PARTLY", "MEA-1": "YES", "MEA-2": "NO", "STF-1": "YES", "STF-2": "YES",
                   "RDR-1": "PARTLY", "PAR-1": "YES", "PAR-2": "NO", "INC-1": "YES", "INC-2": "PARTLY"}}""";

  /** A fingerprint is deposited once: each deposit brings one never seen before. */
  static final String DEPOSIT =
      """
      {"sha256": "{freshFingerprint}", "title": "伺服电机设计图纸 V3", "category": "TECHNICAL_DRAWING",
       "discloseDepositor": false}""";

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final Gateway gateway;
  private final Map<String, String> ids = new LinkedHashMap<>();

  /** Fixtures a call consumes (a deleted subscription): one fresh for each call. */
  private final Map<String, Supplier<String>> fresh = new LinkedHashMap<>();

  MatrixFixtures(Gateway gateway) {
    this.gateway = gateway;
    // Names of pilots are unique: a run against a platform that keeps its data uses new ones.
    ids.put("run", Long.toString(System.nanoTime() % 1_000_000, 36));
  }

  /** The id of the fixture of that name: a fresh one if calls consume it. */
  String id(String name) {
    if (fresh.containsKey(name)) {
      return fresh.get(name).get();
    }
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalArgumentException(
          "no fixture named " + name + " (there are " + ids.keySet() + ")");
    }
    return id;
  }

  /** Replaces every {@code {name}} in {@code text} by the id of that fixture. */
  String fill(String text) {
    StringBuilder filled = new StringBuilder();
    var matcher = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(text);
    while (matcher.find()) {
      matcher.appendReplacement(filled, id(matcher.group(1)));
    }
    return matcher.appendTail(filled).toString();
  }

  MatrixFixtures create() {
    String officer = "songjiang-officer";
    String head = "songjiang-head";
    String police = "songjiang-police";

    ids.put("lead", created(officer, "POST", "/api/leads", LEAD).get("id").asString());
    ids.put("leadToFile", created(officer, "POST", "/api/leads", LEAD).get("id").asString());
    designate(ids.get("leadToFile"));
    ids.put("case", fileCase(officer));
    JsonNode appraised =
        created(
            officer,
            "POST",
            "/api/cases/" + ids.get("case") + "/appraisals",
            "{\"matter\": \"NON_PUBLIC_NATURE\", \"institution\": \"上海市科技咨询服务中心\"}");
    ids.put("appraisal", appraised.get("appraisals").get(0).get("id").asString());

    String referredCase = fileCase(officer);
    created(
        head,
        "POST",
        "/api/cases/" + referredCase + "/referral-proposal",
        "{\"grounds\": \"Loss of 350,000 yuan: above the threshold of the criminal law.\"}");
    ids.put("referral", awaitFirst(officer, "/api/referrals?caseId=" + referredCase));

    String mediatedCase = fileCase(officer, LEAD.replace("350000", "50000"));
    created(
        officer,
        "POST",
        "/api/cases/" + mediatedCase + "/mediation",
        "{\"courtUnit\": \"COURT-310117\", \"agreementSha256\": \"" + SHA256 + "\"}");
    ids.put(
        "confirmation",
        awaitMatching(
            "songjiang-court-judge", "/api/confirmations?size=100", "caseId", mediatedCase));

    ids.put(
        "reverseReferral",
        created(
                police,
                "POST",
                "/api/reverse-referrals",
                """
        {"district": "310117", "ground": "NO_CRIME", "rightsHolder": "上海某精密机械有限公司",
         "suspects": ["张某"], "summary": "No crime was established; back to the bureau for an administrative penalty."}""")
            .get("id")
            .asString());

    ids.put(
        "pilot",
        created(
                officer,
                "POST",
                "/api/pilots",
                fill(
                    """
        {"kind": "UNIT", "name": "上海某集成电路有限公司{run}", "district": "310117", "industry": "INTEGRATED_CIRCUITS"}"""))
            .get("id")
            .asString());
    created(officer, "POST", "/api/pilots/" + ids.get("pilot") + "/cultivation", "{}");
    String designated =
        created(
                officer,
                "POST",
                "/api/pilots",
                fill(
                    """
        {"kind": "PARK", "name": "松江G60科创走廊示范园{run}", "district": "310117", "industry": "ARTIFICIAL_INTELLIGENCE"}"""))
            .get("id")
            .asString();
    created(officer, "POST", "/api/pilots/" + designated + "/cultivation", "{}");
    created(
        head, "POST", "/api/pilots/" + designated + "/designation", "{\"level\": \"DISTRICT\"}");
    ids.put("designatedPilot", designated);
    JsonNode healthCheck =
        created(
            officer,
            "POST",
            "/api/health-checks",
            """
        {"pilotId": "%s", "checkedOn": "2026-11-20", "examiner": "松江区市场监管局",
         "findings": [{"category": "CONFIDENTIALITY_AGREEMENTS", "description": "No agreements with new hires.",
                       "rectifications": [{"description": "Sign agreements with every new hire.", "dueOn": "2026-12-31"}]}]}"""
                .formatted(ids.get("pilot")));
    ids.put("healthCheck", healthCheck.get("id").asString());
    ids.put(
        "rectification",
        healthCheck.get("findings").get(0).get("rectifications").get(0).get("id").asString());

    // A receiver that never answers: its deliveries fail and, with two attempts, become dead
    // letters.
    String endpoint =
        created(
                officer,
                "POST",
                "/api/webhook-endpoints",
                "{\"url\": \"http://127.0.0.1:9/trade-secret\", \"description\": \"a receiver that is down\"}")
            .get("endpoint")
            .get("id")
            .asString();
    ids.put("webhookEndpoint", endpoint);
    ids.put(
        "subscription",
        subscription(
            officer,
            "{\"eventSelector\": \"LeadRegistered\", \"channel\": \"WEBHOOK\", "
                + "\"endpointId\": \""
                + endpoint
                + "\"}"));
    fresh.put(
        "freshSubscription",
        () ->
            subscription(officer, "{\"eventSelector\": \"pilot-events\", \"channel\": \"INBOX\"}"));
    String deliveredLead = created(officer, "POST", "/api/leads", LEAD).get("id").asString();
    ids.put(
        "delivery",
        awaitMatching(
            officer, "/api/deliveries?size=100&endpointId=" + endpoint, "subject", deliveredLead));
    ids.put(
        "deadLetter",
        awaitMatching(
            officer,
            "/api/dead-letters?size=100&endpointId=" + endpoint,
            "subject",
            deliveredLead));
    // a Songjiang enterprise's own: a report, a deposit, a self-assessment shared with its bureau
    String enterprise = "songjiang-enterprise";
    ids.put("report", created(enterprise, "POST", "/api/reports", REPORT).get("id").asString());
    fresh.put("freshFingerprint", MatrixFixtures::fingerprint);
    JsonNode deposit = created(enterprise, "POST", "/api/deposits", fill(DEPOSIT));
    ids.put("deposit", deposit.get("id").asString());
    ids.put("depositedFingerprint", deposit.get("sha256").asString());
    // the integrated-circuit guide, seeded by enterprise-service's migration V3
    ids.put("guide", "ic-2026");
    ids.put(
        "selfAssessment",
        created(enterprise, "POST", "/api/self-assessments", fill(SELF_ASSESSMENT))
            .get("id")
            .asString());
    // shared with the bureau: pilot-service has it once it consumed SelfAssessmentShared
    awaitMatching(
        officer, "/api/pilots/self-assessments?size=100", "id", ids.get("selfAssessment"));
    ids.put(
        "inboxEntry", awaitMatching(officer, "/api/inbox?size=100", "subject", ids.get("lead")));
    // the ledger entry of the Songjiang lead's LeadRegistered, as its district's procurator sees it
    ids.put(
        "ledgerEntry",
        awaitMatching(
            "songjiang-procurator", "/api/ledger?size=500", "subject", ids.get("lead"), "eventId"));
    return this;
  }

  private String fileCase(String officer) {
    return fileCase(officer, LEAD);
  }

  private String fileCase(String officer, String lead) {
    String leadId = created(officer, "POST", "/api/leads", lead).get("id").asString();
    designate(leadId);
    return created(officer, "POST", "/api/leads/" + leadId + "/filing", null).get("id").asString();
  }

  /**
   * Since SAMR Order No. 126 (2026-06-01) a district bureau files a trade-secret case once the
   * municipal bureau designated it.
   */
  private void designate(String leadId) {
    created("municipal-head", "POST", "/api/leads/" + leadId + "/designation", DESIGNATION);
  }

  /** The SHA-256 of a document never deposited before (64 random hexadecimal digits). */
  private static String fingerprint() {
    byte[] digest = new byte[32];
    RANDOM.nextBytes(digest);
    return java.util.HexFormat.of().formatHex(digest);
  }

  private String subscription(String officer, String body) {
    return created(officer, "POST", "/api/subscriptions", body).get("id").asString();
  }

  private JsonNode created(String account, String method, String path, String body) {
    HttpResponse<String> response = gateway.call(method, path, gateway.tokenOf(account), body);
    assertThat(response.statusCode())
        .as("fixture %s %s as %s: %s", method, path, account, response.body())
        .isBetween(200, 201);
    return JSON.readTree(response.body());
  }

  /** The id of the first item of a list, once the events that fill it have been consumed. */
  private String awaitFirst(String account, String path) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              JsonNode items =
                  JSON.readTree(gateway.call("GET", path, gateway.tokenOf(account), null).body())
                      .get("items");
              return items != null && !items.isEmpty() ? items.get(0).get("id").asString() : null;
            },
            java.util.Objects::nonNull);
  }

  private String awaitMatching(String account, String path, String field, String value) {
    return awaitMatching(account, path, field, value, "id");
  }

  private String awaitMatching(
      String account, String path, String field, String value, String idField) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                JSON.readTree(gateway.call("GET", path, gateway.tokenOf(account), null).body())
                    .get("items")
                    .valueStream()
                    .filter(item -> value.equals(item.path(field).asString(null)))
                    .map(item -> item.get(idField).asString())
                    .findFirst()
                    .orElse(null),
            java.util.Objects::nonNull);
  }
}
