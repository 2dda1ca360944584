package cn.gov.sh.tradesecret.testsupport;

import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the tests get their real PostgreSQL and Kafka from. One switch decides: the system property
 * {@code platform.test.infrastructure} or the environment variable {@code
 * PLATFORM_TEST_INFRASTRUCTURE}, with the values {@code auto} (the default: Testcontainers when a
 * Docker engine answers and already holds the images, since none can be pulled on the agencies'
 * networks; else embedded), {@code testcontainers} or {@code embedded}.
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

  /** The PostgreSQL image of the Testcontainers path. */
  public static String postgresImage() {
    return System.getProperty("platform.test.postgres-image", "postgres:17-alpine");
  }

  /** The Kafka image of the Testcontainers path. */
  public static String kafkaImage() {
    return System.getProperty("platform.test.kafka-image", "apache/kafka:4.1.2");
  }

  /**
   * Whether a Docker engine answers and holds the images the Testcontainers path needs (Ryuk's too,
   * unless {@code TESTCONTAINERS_RYUK_DISABLED=true}). Asks the engine's API directly:
   * Testcontainers' own client would start Ryuk, and wait minutes for an image that cannot be
   * pulled.
   */
  static boolean dockerHoldsTheImages() {
    String host =
        Optional.ofNullable(System.getenv("DOCKER_HOST")).orElse("unix:///var/run/docker.sock");
    if (host.startsWith("unix://") && !Files.exists(Path.of(host.substring("unix://".length())))) {
      return false;
    }
    List<String> needed = new ArrayList<>(List.of(postgresImage(), kafkaImage()));
    if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
      needed.add("testcontainers/ryuk:");
    }
    DockerHttpClient.Request listImages =
        DockerHttpClient.Request.builder()
            .method(DockerHttpClient.Request.Method.GET)
            .path("/images/json")
            .build();
    try (DockerHttpClient docker =
            new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(host))
                .connectionTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(10))
                .build();
        DockerHttpClient.Response response = docker.execute(listImages)) {
      if (response.getStatusCode() != 200) {
        return false;
      }
      List<String> present = new ArrayList<>();
      JsonMapper.builder()
          .build()
          .readTree(response.getBody())
          .forEach(image -> image.path("RepoTags").forEach(tag -> present.add(tag.asString())));
      return needed.stream()
          .allMatch(
              image ->
                  present.stream()
                      .anyMatch(
                          tag ->
                              tag.equals(image) || (image.endsWith(":") && tag.startsWith(image))));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static InfrastructureMode resolve(String setting) {
    return switch (setting) {
      case "testcontainers" -> TESTCONTAINERS;
      case "embedded" -> EMBEDDED;
      case "auto" -> dockerHoldsTheImages() ? TESTCONTAINERS : EMBEDDED;
      default ->
          throw new IllegalArgumentException(
              "platform.test.infrastructure must be auto, testcontainers or embedded, not "
                  + setting);
    };
  }
}
