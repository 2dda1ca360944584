package cn.gov.sh.tradesecret.gateway;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.gov.sh.tradesecret.platform.Leads;
import cn.gov.sh.tradesecret.platform.PlatformClient;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the gateway adds to a request's latency below saturation, run by {@code
 * benchmarks/gateway-latency.sh} (issue 20: at most 1 ms more at p50 at half the direct saturation
 * rate, on a cheap read and on lead registration). A fixed arrival rate, {@code bench.rate}
 * requests a second for the read and {@code bench.registrationRate} for registration (each half its
 * own direct saturation rate), one request per virtual user over shared keep-alive connections, in
 * phases of {@code bench.seconds} one after the other: first one of each, not counted ({@code
 * bench.warmupSeconds}), then per round {@code GET /api/leads/{id}} direct to case-service and
 * through the gateway, and {@code POST /api/leads} the same; direct goes first in odd rounds, the
 * gateway in even ones. One token, fetched through the gateway before the load, for every request;
 * one lead, registered before the load, for every read.
 *
 * <p>Each request's latency is taken with {@link System#nanoTime} around it into an HdrHistogram
 * per phase: Gatling's own response times are whole milliseconds, too coarse for a 1 ms target (its
 * report, with those, is written as usual). At the end: each phase's p50 and p99, and one {@code
 * SUMMARY gateway-latency} line per pair.
 *
 * <p>Settings (system properties): {@code bench.gatewayUrl} (http://localhost:8080), {@code
 * bench.directUrl} (case-service, http://localhost:8081), {@code bench.rate} (100), {@code
 * bench.registrationRate} (as the read), {@code bench.seconds} (20), {@code bench.rounds} (3),
 * {@code bench.warmupSeconds} (as a phase), {@code bench.account} (songjiang-officer), {@code
 * bench.maxFailedPercent} (100; the smoke sets 0).
 */
public class GatewayLatencySimulation extends Simulation {

  static final String GATEWAY_URL = System.getProperty("bench.gatewayUrl", "http://localhost:8080");
  static final String DIRECT_URL = System.getProperty("bench.directUrl", "http://localhost:8081");
  static final double READ_RATE = Double.parseDouble(System.getProperty("bench.rate", "100"));
  static final double REGISTRATION_RATE =
      Double.parseDouble(System.getProperty("bench.registrationRate", Double.toString(READ_RATE)));
  static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", SECONDS);
  static final String ACCOUNT = System.getProperty("bench.account", "songjiang-officer");
  static final double MAX_FAILED_PERCENT =
      Double.parseDouble(System.getProperty("bench.maxFailedPercent", "100"));

  static final String LEAD = Leads.complaint("310117");

  enum Request {
    READ("read"),
    REGISTRATION("registration");

    final String label;

    Request(String label) {
      this.label = label;
    }
  }

  enum Target {
    DIRECT("direct", DIRECT_URL),
    GATEWAY("gateway", GATEWAY_URL);

    final String label;
    final HttpProtocolBuilder protocol;

    Target(String label, String baseUrl) {
      this.label = label;
      // Gatling's own warm-up calls gatling.io: the phases not counted warm up instead
      this.protocol =
          http.baseUrl(baseUrl).acceptHeader("application/json").shareConnections().disableWarmUp();
    }
  }

  /** One stretch of load; round 0 is the warm-up. */
  record Phase(int round, Request request, Target target) {

    String name() {
      return (round == 0 ? "warm-up " : "") + request.label + " " + target.label;
    }

    int seconds() {
      return round == 0 ? WARMUP_SECONDS : SECONDS;
    }

    double rate() {
      return request == Request.READ ? READ_RATE : REGISTRATION_RATE;
    }
  }

  private final Map<Phase, Histogram> latencies = new ConcurrentHashMap<>();
  private final Map<Phase, LongAdder> failures = new ConcurrentHashMap<>();
  private volatile String token;
  private volatile String lead;

  {
    List<PopulationBuilder> phases = new ArrayList<>();
    for (int round = 0; round <= ROUNDS; round++) {
      // what runs first runs on what the phase before it left (garbage, queues): alternated
      List<Target> order =
          round > 0 && round % 2 == 0
              ? List.of(Target.GATEWAY, Target.DIRECT)
              : List.of(Target.DIRECT, Target.GATEWAY);
      for (Request request : Request.values()) {
        for (Target target : order) {
          phases.add(population(new Phase(round, request, target)));
        }
      }
    }
    // each phase starts once the one before has finished
    PopulationBuilder sequence = phases.get(phases.size() - 1);
    for (int i = phases.size() - 2; i >= 0; i--) {
      sequence = phases.get(i).andThen(sequence);
    }
    setUp(sequence).assertions(global().failedRequests().percent().lte(MAX_FAILED_PERCENT));
  }

  private PopulationBuilder population(Phase phase) {
    Histogram histogram = latencies.computeIfAbsent(phase, any -> new ConcurrentHistogram(3));
    LongAdder failed = failures.computeIfAbsent(phase, any -> new LongAdder());
    return scenario("round " + phase.round() + " " + phase.name())
        .exec(session -> session.set("sentAt", System.nanoTime()))
        .exec(request(phase))
        .exec(
            session -> {
              if (session.isFailed()) {
                failed.increment();
              } else {
                histogram.recordValue((System.nanoTime() - session.getLong("sentAt")) / 1_000);
              }
              return session;
            })
        .injectOpen(constantUsersPerSec(phase.rate()).during(phase.seconds()))
        .protocols(phase.target().protocol);
  }

  private HttpRequestActionBuilder request(Phase phase) {
    return switch (phase.request()) {
      case READ ->
          http(phase.name())
              .get(session -> "/api/leads/" + lead)
              .header("Authorization", this::bearer)
              .check(status().is(200));
      case REGISTRATION ->
          http(phase.name())
              .post("/api/leads")
              .header("Authorization", this::bearer)
              .header("Content-Type", "application/json")
              .body(StringBody(LEAD))
              .check(status().is(201));
    };
  }

  private String bearer(Session session) {
    return "Bearer " + token;
  }

  @Override
  public void before() {
    PlatformClient platform = new PlatformClient(GATEWAY_URL);
    token = platform.token(ACCOUNT);
    lead = platform.post(token, "/api/leads", LEAD, 201);
    System.out.printf(
        Locale.ROOT,
        "[gateway-latency] read %.1f, registration %.1f requests/s, one per user; a warm-up of %d s per phase, then %d rounds of"
            + " %d s per phase; direct %s, gateway %s; lead %s; load %s%n",
        READ_RATE,
        REGISTRATION_RATE,
        WARMUP_SECONDS,
        ROUNDS,
        SECONDS,
        DIRECT_URL,
        GATEWAY_URL,
        lead,
        load());
  }

  @Override
  public void after() {
    for (int round = 1; round <= ROUNDS; round++) {
      for (Request request : Request.values()) {
        for (Target target : Target.values()) {
          Phase phase = new Phase(round, request, target);
          Histogram histogram = latencies.get(phase);
          System.out.printf(
              Locale.ROOT,
              "[gateway-latency] round %d %-12s %-7s p50 %7.2f ms  p99 %7.2f ms  %6d requests, %d failed%n",
              round,
              request.label,
              target.label,
              millis(histogram, 50),
              millis(histogram, 99),
              histogram.getTotalCount(),
              failures.get(phase).sum());
        }
      }
    }
    for (Request request : Request.values()) {
      System.out.println(summary(request));
    }
  }

  private String summary(Request request) {
    Histogram direct = new Histogram(3);
    Histogram gateway = new Histogram(3);
    long directFailed = 0;
    long gatewayFailed = 0;
    List<String> perRound = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Histogram d = latencies.get(new Phase(round, request, Target.DIRECT));
      Histogram g = latencies.get(new Phase(round, request, Target.GATEWAY));
      direct.add(d);
      gateway.add(g);
      directFailed += failures.get(new Phase(round, request, Target.DIRECT)).sum();
      gatewayFailed += failures.get(new Phase(round, request, Target.GATEWAY)).sum();
      perRound.add(String.format(Locale.ROOT, "%+.2f", millis(g, 50) - millis(d, 50)));
    }
    return String.format(
        Locale.ROOT,
        "SUMMARY gateway-latency %s at %.1f requests/s: p50 direct %.2f ms, gateway %.2f ms, %+.2f ms"
            + " (per round %s ms); p99 direct %.2f ms, gateway %.2f ms; %d and %d requests, %d and %d"
            + " failed; %d round%s of %d s; load %s",
        request.label,
        new Phase(1, request, Target.DIRECT).rate(),
        millis(direct, 50),
        millis(gateway, 50),
        millis(gateway, 50) - millis(direct, 50),
        String.join(", ", perRound),
        millis(direct, 99),
        millis(gateway, 99),
        direct.getTotalCount(),
        gateway.getTotalCount(),
        directFailed,
        gatewayFailed,
        ROUNDS,
        ROUNDS == 1 ? "" : "s",
        SECONDS,
        load());
  }

  private static double millis(Histogram microseconds, double percentile) {
    return microseconds.getTotalCount() == 0
        ? Double.NaN
        : microseconds.getValueAtPercentile(percentile) / 1_000.0;
  }

  private static String load() {
    try {
      String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return String.join(" ", averages[0], averages[1], averages[2]);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
