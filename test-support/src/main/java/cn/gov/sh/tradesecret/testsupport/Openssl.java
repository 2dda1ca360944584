package cn.gov.sh.tradesecret.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's {@code openssl}, as an agency or an enterprise would run it to check the platform's
 * RFC 3161 tokens offline ({@code openssl ts -verify}).
 */
public final class Openssl {

  /** What openssl answered: its exit code and its output (stdout and stderr together). */
  public record Result(int exitCode, String output) {

    /** {@code openssl ts -verify} accepted the token. */
    public boolean verified() {
      return exitCode == 0 && output.contains("Verification: OK");
    }
  }

  private Openssl() {}

  /** Runs openssl with {@code arguments}; at most 30 s. */
  public static Result run(String... arguments) {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          throw new AssertionError("openssl " + String.join(" ", arguments) + " took over 30 s");
        }
        return new Result(process.exitValue(), output);
      } finally {
        process.destroy(); // this process only, by its handle
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code openssl ts -verify} of a token for a SHA-256 digest, against a CA certificate file. */
  public static Result verifyTimestamp(String sha256, Path token, Path certificate) {
    return run(
        "ts",
        "-verify",
        "-digest",
        sha256,
        "-token_in",
        "-in",
        token.toString(),
        "-CAfile",
        certificate.toString());
  }

  public static boolean isInstalled() {
    try {
      return run("version").exitCode() == 0;
    } catch (UncheckedIOException e) {
      return false;
    }
  }
}
