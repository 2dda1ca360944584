package cn.gov.sh.tradesecret.capacity;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.gov.sh.tradesecret.platform.Leads;
import cn.gov.sh.tradesecret.platform.PlatformClient;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Officers at work through the gateway, run by {@code benchmarks/capacity.sh}: an open workload
 * whose arrival rate of officers' sittings ramps up from one a second to {@code
 * bench.maxSessionsPerSecond} over {@code bench.seconds}, so that Gatling's report shows at which
 * request rate the p99 passes 200 ms and 500 ms.
 *
 * <p>A bureau officer's sitting: a lead registered, the unit's leads filtered by status and
 * district, the lead read, the cases, the inbox and its unread count. A police officer's (one
 * sitting in five): the referrals, one referral addressed to the unit read, its receipt signed,
 * then accepted with the filing notice or (one in four) declined with reasons, and the inbox. Each
 * referral is taken once; they are made before the load starts (proposed, approved and transferred
 * through the gateway, not counted in the report).
 *
 * <p>Tokens: each demo account's token is kept for its lifetime and fetched again shortly before it
 * expires, one fetch per account at a time ({@link KeptTokens}), as the console and the agencies'
 * systems do; with {@code bench.tokenPerSitting=true} every sitting fetches its own (the worst
 * case: a BCrypt check at identity-service each time). Either way the fetches are the report's
 * {@code token} requests.
 *
 * <p>Settings (system properties): {@code bench.baseUrl} (the gateway, http://localhost:8080),
 * {@code bench.maxSessionsPerSecond} (20), {@code bench.seconds} (300), {@code
 * bench.tokenPerSitting} (false), {@code bench.maxFailedPercent} (100: a measurement, not a test;
 * the smoke sets 0).
 */
public class OfficersThroughTheGatewaySimulation extends Simulation {

  static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");
  static final double MAX_RATE =
      Double.parseDouble(System.getProperty("bench.maxSessionsPerSecond", "20"));
  static final int SECONDS = Integer.getInteger("bench.seconds", 300);
  static final boolean TOKEN_PER_SITTING = Boolean.getBoolean("bench.tokenPerSitting");
  static final double MAX_FAILED_PERCENT =
      Double.parseDouble(System.getProperty("bench.maxFailedPercent", "100"));

  static final double POLICE_FROM = 0.2;
  static final double POLICE_TO = Math.max(POLICE_FROM, MAX_RATE / 5);

  /** Refreshed a minute before expiry: a request in flight never carries an expired token. */
  static final KeptTokens TOKENS = new KeptTokens(System::nanoTime, Duration.ofMinutes(1));

  /** How long a sitting waits for its account's first token, fetched by another sitting. */
  static final Duration FIRST_TOKEN_WAIT = Duration.ofSeconds(30);

  static final String LEAD = Leads.complaint("#{district}");

  static final String BEARER = "Bearer #{token}";

  static final String DECLINE =
      """
      {"reasons":"经审查，现有证据不足以证明损失数额达到刑事立案追诉标准，退回案件材料。"}""";

  /** The transferred referrals, each taken by one police sitting; filled by {@link #before}. */
  final Queue<Map<String, Object>> referrals = new ConcurrentLinkedQueue<>();

  final HttpProtocolBuilder gateway =
      http.baseUrl(BASE_URL).acceptHeader("application/json").shareConnections();

  static ChainBuilder token() {
    ChainBuilder fetch =
        exec(
            http("token")
                .post("/oauth2/token")
                .basicAuth("#{account}", "demo")
                .formParam("grant_type", "client_credentials")
                .check(
                    jsonPath("$.access_token").saveAs("fetchedToken"),
                    jsonPath("$.expires_in").ofLong().saveAs("expiresIn")));
    if (TOKEN_PER_SITTING) {
      return fetch
          .exitHereIfFailed()
          .exec(session -> session.set("token", session.getString("fetchedToken")));
    }
    ChainBuilder fetchWhenDue =
        doIf(session -> TOKENS.claimFetch(session.getString("account")))
            .then(fetch.exec(OfficersThroughTheGatewaySimulation::settleFetch));
    return exec(fetchWhenDue)
        .asLongAsDuring(
            session -> TOKENS.current(session.getString("account")).isEmpty(), FIRST_TOKEN_WAIT)
        .on(pause(Duration.ofMillis(20)).exec(fetchWhenDue))
        .exec(
            session ->
                TOKENS
                    .current(session.getString("account"))
                    .map(token -> session.set("token", token))
                    .orElseGet(session::markAsFailed))
        .exitHereIfFailed();
  }

  private static Session settleFetch(Session session) {
    boolean fetched = session.contains("fetchedToken") && session.contains("expiresIn");
    TOKENS.settle(
        session.getString("account"),
        fetched ? session.getString("fetchedToken") : null,
        fetched ? session.getLong("expiresIn") : 0);
    return session.removeAll("fetchedToken", "expiresIn");
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
                  .header("Authorization", BEARER)
                  .header("Content-Type", "application/json")
                  .body(StringBody(LEAD))
                  .check(status().is(201), jsonPath("$.id").saveAs("lead")))
          .pause(Duration.ofMillis(200), Duration.ofSeconds(1))
          .exec(
              http("leads by status and district")
                  .get("/api/leads?status=REGISTERED&district=#{district}&size=20")
                  .header("Authorization", BEARER))
          .exec(http("lead").get("/api/leads/#{lead}").header("Authorization", BEARER))
          .pause(Duration.ofMillis(200), Duration.ofSeconds(1))
          .exec(http("cases").get("/api/cases?size=20").header("Authorization", BEARER))
          .exec(http("inbox").get("/api/inbox").header("Authorization", BEARER))
          .exec(
              http("unread count").get("/api/inbox/unread-count").header("Authorization", BEARER));

  final ScenarioBuilder police =
      scenario("police officer")
          .feed(eachOnce(referrals))
          .exec(token())
          .exec(http("referrals").get("/api/referrals").header("Authorization", BEARER))
          .exec(
              http("referral")
                  .get("/api/referrals/#{referral}")
                  .header("Authorization", BEARER)
                  .check(jsonPath("$.status").is("TRANSFERRED")))
          .exec(
              http("referral receipt")
                  .post("/api/referrals/#{referral}/receipt")
                  .header("Authorization", BEARER)
                  .check(jsonPath("$.status").is("RECEIPTED")))
          .pause(Duration.ofMillis(200), Duration.ofSeconds(1))
          .doIfEqualsOrElse("#{decision}", "accept")
          .then(
              exec(
                  http("referral acceptance")
                      .post("/api/referrals/#{referral}/acceptance")
                      .header("Authorization", BEARER)
                      .header("Content-Type", "application/json")
                      .body(StringBody("{\"filingNotice\":\"#{filingNotice}\"}"))
                      .check(jsonPath("$.status").is("ACCEPTED"))))
          .orElse(
              exec(
                  http("referral decline")
                      .post("/api/referrals/#{referral}/decline")
                      .header("Authorization", BEARER)
                      .header("Content-Type", "application/json")
                      .body(StringBody(DECLINE))
                      .check(jsonPath("$.status").is("DECLINED"))))
          .exec(http("inbox").get("/api/inbox").header("Authorization", BEARER));

  /**
   * The police sittings the ramp starts: the integral of its arrival rate, as Gatling injects it,
   * and a margin for its rounding.
   */
  static int policeSittings() {
    return (int) Math.ceil((POLICE_FROM + POLICE_TO) / 2 * SECONDS * 1.05) + 3;
  }

  {
    setUp(
            bureau.injectOpen(rampUsersPerSec(1).to(MAX_RATE).during(SECONDS)),
            police.injectOpen(rampUsersPerSec(POLICE_FROM).to(POLICE_TO).during(SECONDS)))
        .protocols(gateway)
        .assertions(global().failedRequests().percent().lte(MAX_FAILED_PERCENT));
  }

  @Override
  public void before() {
    int count = policeSittings();
    System.out.printf(
        "[set-up] %d referrals for the police sittings, proposed, approved and transferred through %s"
            + " (not in the report); tokens %s%n",
        count,
        BASE_URL,
        TOKEN_PER_SITTING ? "fetched by every sitting" : "kept for their lifetime");
    referrals.addAll(ReferralsAwaitingThePolice.make(new PlatformClient(BASE_URL), count, 4));
  }

  /** A feeder that hands each record out once, read as the sittings start (after the set-up). */
  private static Iterator<Map<String, Object>> eachOnce(Queue<Map<String, Object>> records) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !records.isEmpty();
      }

      @Override
      public Map<String, Object> next() {
        return records.remove();
      }
    };
  }
}
