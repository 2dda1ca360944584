package cn.gov.sh.tradesecret.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as {@code ./platform} starts it (every server in its own process), on free
 * ports and in a home of its own under {@code target/}, so a developer's running platform is not
 * disturbed.
 */
final class LocalPlatform {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Map<String, String> DEFAULT_PORTS =
      Map.ofEntries(
          Map.entry("GATEWAY_PORT", "8080"),
          Map.entry("IDENTITY_PORT", "9000"),
          Map.entry("CASE_PORT", "8081"),
          Map.entry("REFERRAL_PORT", "8082"),
          Map.entry("PILOT_PORT", "8083"),
          Map.entry("NOTIFICATION_PORT", "8084"),
          Map.entry("AUDIT_PORT", "8085"),
          Map.entry("CONSOLE_PORT", "8086"),
          Map.entry("ENTERPRISE_PORT", "8087"),
          Map.entry("PG_PORT", "15432"),
          Map.entry("KAFKA_PORT", "19092"),
          Map.entry("KAFKA_CONTROLLER_PORT", "19093"));

  private final Map<String, String> environment = new LinkedHashMap<>();
  private final boolean owned;

  /**
   * The platform a developer already runs (same environment as {@code ./platform}): the tests use
   * it and leave it running. Chosen with {@code -De2e.platform=running}.
   */
  static LocalPlatform running() {
    return new LocalPlatform();
  }

  private LocalPlatform() {
    owned = false;
    environment.put(
        "PLATFORM_HOME",
        System.getenv().getOrDefault("PLATFORM_HOME", ROOT.resolve(".platform").toString()));
    environment.put("PLATFORM_SKIP_BUILD", "1");
    DEFAULT_PORTS.forEach(
        (port, value) -> environment.put(port, System.getenv().getOrDefault(port, value)));
  }

  /** Whether the tests started this platform, and so stop it. */
  boolean owned() {
    return owned;
  }

  /** A platform whose home starts empty: no data or logs of an earlier run. */
  LocalPlatform(Path home) {
    owned = true;
    deleteRecursively(home);
    environment.put("PLATFORM_HOME", home.toString());
    environment.put("PLATFORM_SKIP_BUILD", "1");
    // Eight JVMs starting at once on a small shared machine took over 400 s: more than the
    // script's default of 300 s.
    environment.put(
        "PLATFORM_START_TIMEOUT", System.getenv().getOrDefault("PLATFORM_START_TIMEOUT", "840"));
    // Two attempts a second apart: a webhook to a dead receiver becomes a dead letter within the
    // run.
    environment.put("PLATFORM_NOTIFICATIONS_DELIVERY_SCHEDULE", "0s,1s");
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (String port : DEFAULT_PORTS.keySet()) {
      int free;
      do {
        free = freePort();
      } while (!taken.add(free));
      environment.put(port, Integer.toString(free));
    }
  }

  /** The whole log of a process. */
  String log(String name) {
    try {
      return Files.readString(Path.of(environment.get("PLATFORM_HOME"), "logs", name + ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port(String name) {
    return Integer.parseInt(environment.get(name));
  }

  /** The officers' console, at the loopback address its login redirect is registered for. */
  String console() {
    return "http://127.0.0.1:" + port("CONSOLE_PORT") + "/console";
  }

  /**
   * The console as officers reach it in production: through the gateway, at its loopback address.
   */
  String consoleThroughGateway() {
    return "http://127.0.0.1:" + port("GATEWAY_PORT") + "/console";
  }

  String gateway() {
    return "http://localhost:" + port("GATEWAY_PORT");
  }

  /** Runs {@code ./platform <arguments>}, echoing its output; returns its exit code and output. */
  Result run(long timeoutSeconds, String... arguments) {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("platform").toString()));
    command.addAll(List.of(arguments));
    try {
      Path output = Files.createTempFile("platform-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError(
            "./platform "
                + String.join(" ", arguments)
                + " did not finish in "
                + timeoutSeconds
                + "s:\n"
                + Files.readString(output));
      }
      String text = Files.readString(output);
      Files.delete(output);
      System.out.print(text);
      return new Result(process.exitValue(), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Result(int exitCode, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
