package cn.gov.sh.tradesecret.capacity;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Officers at work through the gateway, run by {@code benchmarks/capacity.sh}: an open workload
 * whose arrival rate of officers' sittings ramps up from one a second to {@code
 * bench.maxSessionsPerSecond} over {@code bench.seconds}, so that Gatling's report shows at which
 * request rate the p99 passes 200 ms and 500 ms. A bureau officer's sitting: a token, a lead
 * registered, the unit's leads filtered by status and district, the lead read, the cases, the inbox
 * and its unread count. A police officer's: a token, the referrals, the inbox. Settings (system
 * properties): {@code bench.baseUrl} (the gateway, http://localhost:8080), {@code
 * bench.maxSessionsPerSecond} (20), {@code bench.seconds} (300), {@code bench.maxFailedPercent}
 * (100: a measurement, not a test; the smoke sets 0).
 */
public class OfficersThroughTheGatewaySimulation extends Simulation {

  static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");
  static final double MAX_RATE =
      Double.parseDouble(System.getProperty("bench.maxSessionsPerSecond", "20"));
  static final int SECONDS = Integer.getInteger("bench.seconds", 300);
  static final double MAX_FAILED_PERCENT =
      Double.parseDouble(System.getProperty("bench.maxFailedPercent", "100"));

  static final String LEAD =
      """
      {"source":"COMPLAINT","district":"#{district}",
       "rightsHolder":{"name":"上海某精密机械有限公司","creditCode":"91310117MA1J3XXX0Q"},
       "suspects":[{"name":"张某"}],
       "description":"A former engineer took the servo drawings to a competitor.",
       "claimedAmount":350000}""";

  final HttpProtocolBuilder gateway =
      http.baseUrl(BASE_URL).acceptHeader("application/json").shareConnections();

  static ChainBuilder token() {
    return exec(
        http("token")
            .post("/oauth2/token")
            .basicAuth("#{account}", "demo")
            .formParam("grant_type", "client_credentials")
            .check(jsonPath("$.access_token").saveAs("token")));
  }

  final ScenarioBuilder bureau =
      scenario("bureau officer")
          .feed(
              listFeeder(
                      List.<Map<String, Object>>of(
                          Map.of("account", "songjiang-officer", "district", "310117"),
                          Map.of("account", "xuhui-officer", "district", "310104"),
                          Map.of("account", "pudong-officer", "district", "310115"),
                          Map.of("account", "minhang-officer", "district", "310112")))
                  .circular())
          .exec(token())
          .exec(
              http("register lead")
                  .post("/api/leads")
                  .header("Authorization", "Bearer #{token}")
                  .header("Content-Type", "application/json")
                  .body(StringBody(LEAD))
                  .check(status().is(201), jsonPath("$.id").saveAs("lead")))
          .pause(Duration.ofMillis(200), Duration.ofSeconds(1))
          .exec(
              http("leads by status and district")
                  .get("/api/leads?status=REGISTERED&district=#{district}&size=20")
                  .header("Authorization", "Bearer #{token}"))
          .exec(http("lead").get("/api/leads/#{lead}").header("Authorization", "Bearer #{token}"))
          .pause(Duration.ofMillis(200), Duration.ofSeconds(1))
          .exec(http("cases").get("/api/cases?size=20").header("Authorization", "Bearer #{token}"))
          .exec(http("inbox").get("/api/inbox").header("Authorization", "Bearer #{token}"))
          .exec(
              http("unread count")
                  .get("/api/inbox/unread-count")
                  .header("Authorization", "Bearer #{token}"));

  final ScenarioBuilder police =
      scenario("police officer")
          .feed(
              listFeeder(
                      List.<Map<String, Object>>of(
                          Map.of("account", "songjiang-police"), Map.of("account", "xuhui-police")))
                  .circular())
          .exec(token())
          .exec(http("referrals").get("/api/referrals").header("Authorization", "Bearer #{token}"))
          .pause(Duration.ofMillis(200), Duration.ofSeconds(1))
          .exec(http("inbox").get("/api/inbox").header("Authorization", "Bearer #{token}"));

  {
    setUp(
            bureau.injectOpen(rampUsersPerSec(1).to(MAX_RATE).during(SECONDS)),
            police.injectOpen(rampUsersPerSec(0.2).to(Math.max(0.2, MAX_RATE / 5)).during(SECONDS)))
        .protocols(gateway)
        .assertions(global().failedRequests().percent().lte(MAX_FAILED_PERCENT));
  }
}
