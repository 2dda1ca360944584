package cn.gov.sh.tradesecret.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node), run from the
 * Apache Kafka jars in a JVM of its own. The log directory is kept between starts.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

  private final Path directory;
  private final int port;
  private final int controllerPort;
  private final String classpath;
  private Process process;

  private KafkaBroker(Path directory, int port, int controllerPort, String classpath) {
    this.directory = directory;
    this.port = port;
    this.controllerPort = controllerPort;
    this.classpath = classpath;
  }

  /**
   * Formats the storage in {@code directory} if it is new, starts the broker and waits until it
   * answers. Ports of 0 pick free ones.
   *
   * @param classpath a classpath holding {@code org.apache.kafka:kafka_2.13} and its dependencies
   */
  public static KafkaBroker start(Path directory, int port, int controllerPort, String classpath) {
    KafkaBroker broker =
        new KafkaBroker(
            directory,
            port == 0 ? FreePorts.find() : port,
            controllerPort == 0 ? FreePorts.find() : controllerPort,
            classpath);
    broker.start();
    return broker;
  }

  /** Starts this broker again (after {@link #stop()}), on the same ports and data. */
  public synchronized void start() {
    if (isRunning()) {
      return;
    }
    try {
      Files.createDirectories(directory);
      Path config = writeConfig();
      if (!Files.exists(directory.resolve("data/meta.properties"))) {
        run(
            List.of(
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                config.toString()),
            directory.resolve("format.log"),
            true);
      }
      process =
          run(List.of("kafka.Kafka", config.toString()), directory.resolve("broker.log"), false);
      awaitReady();
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start in " + directory, e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Stops the broker (a controlled shutdown), keeping its data. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  private Path writeConfig() throws IOException {
    Path config = directory.resolve("server.properties");
    String properties =
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            "log.dirs=" + directory.resolve("data"),
            "num.partitions=6",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=6",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "auto.create.topics.enable=true",
            // 90 days: subscribers may ask for a replay of what they lost (notification-service).
            "log.retention.hours=2160",
            "");
    Files.writeString(config, properties);
    return config;
  }

  private Process run(List<String> mainAndArgs, Path log, boolean waitForExit) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m",
                "-Xmx512m",
                "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                "-cp",
                classpath));
    command.addAll(mainAndArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeAll(List.of("CLASSPATH", "JAVA_TOOL_OPTIONS"));
    Process started = builder.start();
    if (waitForExit) {
      try {
        if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
          started.destroyForcibly();
          throw new IllegalStateException("Kafka storage format failed, see " + log);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return started;
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Kafka broker exited during start-up, see " + directory.resolve("broker.log"));
      }
      try (Admin admin = Admin.create(config)) {
        if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
          return;
        }
      } catch (Exception notYet) {
        sleep();
      }
    }
    stop();
    throw new IllegalStateException(
        "Kafka broker not ready after "
            + STARTUP_TIMEOUT
            + ", see "
            + directory.resolve("broker.log"));
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
