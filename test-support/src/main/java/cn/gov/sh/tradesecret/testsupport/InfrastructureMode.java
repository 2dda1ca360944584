package cn.gov.sh.tradesecret.testsupport;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * Where the tests get their real PostgreSQL and Kafka from. One switch decides: the system
 * property {@code platform.test.infrastructure} or the environment variable
 * {@code PLATFORM_TEST_INFRASTRUCTURE}, with the values {@code auto} (the default: Testcontainers
 * when a Docker engine answers, else embedded), {@code testcontainers} or {@code embedded}.
 */
public enum InfrastructureMode {
  /** PostgreSQL and Kafka containers, wired through Spring Boot's {@code @ServiceConnection}. */
  TESTCONTAINERS,
  /** PostgreSQL from Maven Central's binaries and a Kafka broker from the Apache Kafka jars. */
  EMBEDDED;

  private static volatile InfrastructureMode resolved;

  public static InfrastructureMode current() {
    if (resolved == null) {
      resolved = resolve(setting());
    }
    return resolved;
  }

  private static String setting() {
    String value = System.getProperty("platform.test.infrastructure");
    if (value == null || value.isBlank()) {
      value = System.getenv("PLATFORM_TEST_INFRASTRUCTURE");
    }
    return value == null || value.isBlank() ? "auto" : value.trim().toLowerCase(Locale.ROOT);
  }

  static InfrastructureMode resolve(String setting) {
    return switch (setting) {
      case "testcontainers" -> TESTCONTAINERS;
      case "embedded" -> EMBEDDED;
      case "auto" -> DockerClientFactory.instance().isDockerAvailable() ? TESTCONTAINERS : EMBEDDED;
      default -> throw new IllegalArgumentException(
          "platform.test.infrastructure must be auto, testcontainers or embedded, not " + setting);
    };
  }
}
