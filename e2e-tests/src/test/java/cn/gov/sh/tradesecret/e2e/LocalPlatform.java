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
  private static final String[] PORTS = {"GATEWAY_PORT", "IDENTITY_PORT", "CASE_PORT", "REFERRAL_PORT", "PILOT_PORT",
      "NOTIFICATION_PORT", "AUDIT_PORT", "PG_PORT", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT"};

  private final Map<String, String> environment = new LinkedHashMap<>();

  /** A platform whose home starts empty: no data or logs of an earlier run. */
  LocalPlatform(Path home) {
    deleteRecursively(home);
    environment.put("PLATFORM_HOME", home.toString());
    environment.put("PLATFORM_SKIP_BUILD", "1");
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (String port : PORTS) {
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

  String gateway() {
    return "http://localhost:" + port("GATEWAY_PORT");
  }

  /** Runs {@code ./platform <arguments>}, echoing its output; returns its exit code and output. */
  Result run(long timeoutSeconds, String... arguments) {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("platform").toString()));
    command.addAll(List.of(arguments));
    try {
      Path output = Files.createTempFile("platform-", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
          .redirectErrorStream(true).redirectOutput(output.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("./platform " + String.join(" ", arguments) + " did not finish in " + timeoutSeconds
            + "s:\n" + Files.readString(output));
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
