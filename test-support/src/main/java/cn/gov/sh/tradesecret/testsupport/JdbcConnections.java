package cn.gov.sh.tradesecret.testsupport;

import cn.gov.sh.tradesecret.infra.PostgresServer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Where a test application's datasource connects, for the tests that choose it themselves. */
public final class JdbcConnections {

  private JdbcConnections() {}

  /** The database {@code name} of {@code postgres}, created if new. */
  public static JdbcConnectionDetails database(PostgresServer postgres, String name) {
    postgres.ensureDatabase(name);
    return of(postgres.jdbcUrl(name), PostgresServer.USER, "");
  }

  public static JdbcConnectionDetails of(String url, String username, String password) {
    return new JdbcConnectionDetails() {
      @Override
      public String getUsername() {
        return username;
      }

      @Override
      public String getPassword() {
        return password;
      }

      @Override
      public String getJdbcUrl() {
        return url;
      }
    };
  }
}
