package cn.gov.sh.tradesecret.testsupport;

import cn.gov.sh.tradesecret.infra.KafkaAccess;
import cn.gov.sh.tradesecret.infra.KafkaBroker;
import cn.gov.sh.tradesecret.infra.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL server and Kafka broker of one test JVM, started on first use and stopped
 * when the JVM exits. Test contexts share them; each service gets its own database.
 */
public final class EmbeddedInfrastructure {

  /** One set of passwords for every broker of this JVM, so any test client reaches any of them. */
  static final KafkaAccess KAFKA_ACCESS = KafkaAccess.generate();

  private static PostgresServer postgres;
  private static KafkaBroker kafka;

  private EmbeddedInfrastructure() {}

  public static synchronized PostgresServer postgres() {
    if (postgres == null) {
      postgres = PostgresServer.startTemporary();
    }
    return postgres;
  }

  public static synchronized KafkaBroker kafka() {
    if (kafka == null) {
      kafka = startBroker("platform-test-kafka");
    }
    return kafka;
  }

  /**
   * Starts a broker of its own, for a test that stops and restarts it; it is stopped and its data
   * removed when the JVM exits, or earlier by {@link KafkaBroker#close()}.
   */
  public static KafkaBroker startBroker(String name) {
    try {
      Path directory = Files.createTempDirectory(name);
      KafkaBroker broker =
          KafkaBroker.start(directory, 0, 0, System.getProperty("java.class.path"), KAFKA_ACCESS);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    broker.close();
                    deleteRecursively(directory);
                  },
                  name + "-shutdown"));
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
