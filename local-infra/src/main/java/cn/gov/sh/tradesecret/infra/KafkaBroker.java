package cn.gov.sh.tradesecret.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 *
 * <p>Clients authenticate with SASL/SCRAM and are authorized by ACLs ({@link KafkaAccess}); the
 * controller listener takes SASL/PLAIN from the broker alone (KRaft cannot check SCRAM there: the
 * credentials live in the metadata the controller serves).
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

  private final Path directory;
  private final int port;
  private final int controllerPort;
  private final String classpath;
  private final KafkaAccess access;
  private Process process;

  private KafkaBroker(
      Path directory, int port, int controllerPort, String classpath, KafkaAccess access) {
    this.directory = directory;
    this.port = port;
    this.controllerPort = controllerPort;
    this.classpath = classpath;
    this.access = access;
  }

  /**
   * Formats the storage in {@code directory} if it is new, starts the broker and waits until it
   * answers. Ports of 0 pick free ones.
   *
   * @param classpath a classpath holding {@code org.apache.kafka:kafka_2.13} and its dependencies
   * @param access the passwords of the broker's principals; the same on every start of {@code
   *     directory}
   */
  public static KafkaBroker start(
      Path directory, int port, int controllerPort, String classpath, KafkaAccess access) {
    KafkaBroker broker =
        new KafkaBroker(
            directory,
            port == 0 ? FreePorts.find() : port,
            controllerPort == 0 ? FreePorts.find() : controllerPort,
            classpath,
            access);
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
                config.toString(),
                "--add-scram",
                KafkaAccess.MECHANISM
                    + "=[name="
                    + KafkaAccess.ADMIN
                    + ",password="
                    + access.password(KafkaAccess.ADMIN)
                    + "]"),
            directory.resolve("format.log"),
            true);
      }
      process =
          run(List.of("kafka.Kafka", config.toString()), directory.resolve("broker.log"), false);
      awaitReady();
      try (Admin admin = Admin.create(clientProperties(KafkaAccess.ADMIN))) {
        access.apply(admin);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start in " + directory, e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Client settings of {@code principal} on this broker, bootstrap servers included. */
  public Map<String, Object> clientProperties(String principal) {
    Map<String, Object> properties = new java.util.HashMap<>(access.clientProperties(principal));
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return properties;
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
    String admin = access.password(KafkaAccess.ADMIN);
    String properties =
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=CLIENT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
            "inter.broker.listener.name=CLIENT",
            "listener.name.client.sasl.enabled.mechanisms=" + KafkaAccess.MECHANISM,
            "sasl.mechanism.inter.broker.protocol=" + KafkaAccess.MECHANISM,
            "listener.name.client.scram-sha-256.sasl.jaas.config="
                + KafkaAccess.jaas(KafkaAccess.ADMIN, admin),
            "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
            "sasl.mechanism.controller.protocol=PLAIN",
            "listener.name.controller.plain.sasl.jaas.config="
                + "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + KafkaAccess.ADMIN
                + "\" password=\""
                + admin
                + "\" user_"
                + KafkaAccess.ADMIN
                + "=\""
                + admin
                + "\";",
            "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "super.users=User:" + KafkaAccess.ADMIN,
            "allow.everyone.if.no.acl.found=false",
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
            // The log cleaner's offset map (for the compacted __consumer_offsets) is allocated
            // whole at start: Kafka's 128 MiB default was half of this broker's resident memory.
            "log.cleaner.dedupe.buffer.size=16777216",
            // 90 days: subscribers may ask for a replay of what they lost (notification-service).
            "log.retention.hours=2160",
            "");
    Files.writeString(config, properties);
    // it holds the admin's password
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    return config;
  }

  private Process run(List<String> mainAndArgs, Path log, boolean waitForExit) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // one local broker: a small heap, one collector thread, the C heap given back
                "-Xms32m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TrimNativeHeapInterval=10000",
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
    Map<String, Object> config = new java.util.HashMap<>(clientProperties(KafkaAccess.ADMIN));
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
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
