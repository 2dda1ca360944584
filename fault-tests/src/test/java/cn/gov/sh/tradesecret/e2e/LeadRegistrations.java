package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Officers registering leads through the gateway as a careful client does: every registration
 * carries an {@code Idempotency-Key}, and one that fails (5xx, 429 or no answer) is sent again
 * under the same key until it is accepted. Each attempt has its own {@code X-Correlation-Id}, so
 * its audit record can be found; each remembers the {@link Phase} it was sent in.
 */
final class LeadRegistrations {

  /** Where the platform stood when an attempt was sent. */
  enum Phase {
    BEFORE_THE_FAULT,
    DURING_THE_FAULT,
    AFTER_RECOVERY
  }

  /**
   * One attempt: its correlation id, the status answered (0: no answer), and the phase it belongs
   * to: the fault's if the fault struck while it was in flight.
   */
  record Attempt(String correlationId, int status, Phase phase) {
    boolean answered() {
      return status > 0;
    }
  }

  /** One lead to register, under one key, and what became of each attempt. */
  static final class Registration {
    final String key;
    final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    volatile String leadId;
    volatile String refusal;

    Registration(String key) {
      this.key = key;
    }

    String description() {
      return "Fault suite " + key + ": a former engineer took the servo drawings to a competitor.";
    }

    String body() {
      return """
          {"source": "COMPLAINT", "district": "310117",
           "rightsHolder": {"name": "上海某精密机械有限公司", "creditCode": "91310117MA1J3XXX0Q"},
           "suspects": [{"name": "张某"}],
           "description": "%s", "claimedAmount": 350000}"""
          .formatted(description());
    }

    boolean accepted() {
      return leadId != null;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration PAUSE = Duration.ofMillis(100);
  private static final Duration RETRY_AFTER = Duration.ofMillis(500);

  private final Gateway gateway;
  private final String token;
  private final String scenario;
  private final List<Registration> registrations = new CopyOnWriteArrayList<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<Thread> officers = new ArrayList<>();
  private volatile Phase phase = Phase.BEFORE_THE_FAULT;
  private volatile boolean registering;

  LeadRegistrations(Gateway gateway, String scenario) {
    this.gateway = gateway;
    this.token = gateway.tokenOf("songjiang-officer");
    this.scenario = scenario;
  }

  /** {@code officers} officers register leads one after another until {@link #finish}. */
  LeadRegistrations start(int officerCount) {
    registering = true;
    for (int i = 0; i < officerCount; i++) {
      Thread officer =
          new Thread(
              () -> {
                while (registering) {
                  Registration registration = next();
                  submit(registration);
                  pause(PAUSE);
                }
              },
              scenario + "-officer-" + i);
      officer.setDaemon(true);
      officer.start();
      officers.add(officer);
    }
    return this;
  }

  void phase(Phase phase) {
    this.phase = phase;
  }

  int acceptedSoFar() {
    return (int) registrations.stream().filter(Registration::accepted).count();
  }

  /**
   * Stops new registrations and waits until each one begun has been accepted or refused (its
   * retries included).
   */
  List<Registration> finish(Duration timeout) {
    registering = false;
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread officer : officers) {
      try {
        officer.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (officer.isAlive()) {
        throw new AssertionError(officer.getName() + " still retrying after " + timeout);
      }
    }
    return List.copyOf(registrations);
  }

  /** Stops new registrations at once: the scenario failed and waits for nothing more. */
  void abandon() {
    registering = false;
  }

  /** A new registration, not yet sent. */
  Registration next() {
    Registration registration = new Registration(scenario + "-" + sequence.incrementAndGet());
    registrations.add(registration);
    return registration;
  }

  /**
   * Sends {@code registration} until it is accepted, or refused for a reason retrying cannot mend.
   */
  void submit(Registration registration) {
    while (true) {
      int status =
          attempt(registration, registration.key + "-" + (registration.attempts.size() + 1));
      if (status == 201 || (status != 0 && status != 429 && status < 500)) {
        return;
      }
      pause(RETRY_AFTER);
    }
  }

  /** One attempt under {@code correlationId}; returns its status, 0 when nothing answered. */
  int attempt(Registration registration, String correlationId) {
    Phase sent = phase;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(gateway.uri() + "/api/leads"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", registration.key)
            .header("X-Correlation-Id", correlationId)
            .POST(HttpRequest.BodyPublishers.ofString(registration.body()))
            .build();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      registration.attempts.add(new Attempt(correlationId, 0, inFlight(sent, phase)));
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    int status = response.statusCode();
    registration.attempts.add(new Attempt(correlationId, status, inFlight(sent, phase)));
    if (status == 201) {
      String leadId = JSON.readTree(response.body()).get("id").asString();
      synchronized (registration) {
        if (registration.leadId != null && !registration.leadId.equals(leadId)) {
          registration.refusal = "one key, two leads: " + registration.leadId + " and " + leadId;
        }
        registration.leadId = leadId;
      }
    } else if (status != 429 && status < 500) {
      registration.refusal = status + " " + response.body();
    }
    return status;
  }

  /** The phase of an attempt sent in {@code sent} and answered in {@code answered}. */
  private static Phase inFlight(Phase sent, Phase answered) {
    return sent == Phase.BEFORE_THE_FAULT && answered != Phase.BEFORE_THE_FAULT
        ? Phase.DURING_THE_FAULT
        : sent;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
