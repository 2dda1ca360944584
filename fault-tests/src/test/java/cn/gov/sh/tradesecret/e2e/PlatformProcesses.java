package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.infra.KafkaAccess;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The processes of a {@link LocalPlatform}, as an operator meets them: each found by the process id
 * that {@code ./platform} wrote for it, killed or stopped by that id alone, and brought back by
 * {@code ./platform up}, which starts what is missing and waits until every application is healthy.
 */
@RealTime("measures how long a restart takes, in real seconds")
final class PlatformProcesses {

  private final LocalPlatform platform;
  private final Path home;

  PlatformProcesses(LocalPlatform platform, Path home) {
    this.platform = platform;
    this.home = home;
  }

  long pid(String process) {
    try {
      return Long.parseLong(Files.readString(home.resolve("run").resolve(process + ".pid")).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code kill -9}: no shutdown hook, no flush, connections dropped mid-flight. */
  void kill(String process) {
    ProcessHandle handle = handle(process);
    handle.destroyForcibly();
    awaitExit(handle, process);
  }

  /**
   * Stops PostgreSQL as an operator restarting it would ({@code pg_ctl stop -m fast}: SIGINT to the
   * postmaster), which rolls back open transactions and closes every connection.
   */
  void stopPostgres() {
    ProcessHandle handle = handle("postgres");
    try {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(handle.pid())).start();
      assertThat(kill.waitFor()).as("kill -INT postgres").isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    awaitExit(handle, "postgres");
  }

  /**
   * Starts whatever is not running and waits until the whole platform is healthy again. Runs {@code
   * ./platform up} a second time if the first gave up, as an operator would: on a starved machine
   * the broker's recovery after {@code kill -9} outlasted its 90 s start-up limit.
   */
  Duration restart() {
    long started = System.nanoTime();
    if (platform.run(600, "up").exitCode() != 0) {
      System.out.println("[fault suite] ./platform up gave up; once more");
      assertThat(platform.run(600, "up").exitCode()).as("./platform up after the fault").isZero();
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Settings of an operator's Kafka client: the platform's admin, with the broker's password. */
  Map<String, Object> kafkaAdmin() {
    KafkaAccess access =
        KafkaAccess.loadOrCreate(home.resolve("data/kafka/credentials.properties"));
    Map<String, Object> settings = new HashMap<>(access.clientProperties(KafkaAccess.ADMIN));
    settings.put(
        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + platform.port("KAFKA_PORT"));
    return settings;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + platform.port("PG_PORT") + "/" + database;
  }

  private ProcessHandle handle(String process) {
    long pid = pid(process);
    return ProcessHandle.of(pid)
        .orElseThrow(() -> new AssertionError(process + " (pid " + pid + ") does not run"));
  }

  private static void awaitExit(ProcessHandle handle, String process) {
    try {
      handle.onExit().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(process + " (pid " + handle.pid() + ") did not stop", e);
    }
  }
}
