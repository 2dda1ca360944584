package cn.gov.sh.tradesecret.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.gov.sh.tradesecret.support.SupportTestApplication;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.JdbcConnections;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TcpProxy;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that is down or hung costs a caller about three seconds and a 503 with Retry-After,
 * and takes readiness down; once it is back, requests succeed again without a restart. The service
 * reaches its real PostgreSQL through a {@link TcpProxy} that the tests hang and cut.
 */
@SpringBootTest(
    classes = {SupportTestApplication.class, DatabaseOutageIT.Probe.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // the production statement timeout (the other tests allow more on a busy machine)
    properties = "platform.test.db-socket-timeout-seconds=3")
@Import({PlatformTestInfrastructure.class, DatabaseOutageIT.ThroughProxy.class})
class DatabaseOutageIT {

  /** Well below Hikari's default 30 s, above the 2 s pool and 3 s socket timeouts. */
  static final Duration FAILS_WITHIN = Duration.ofSeconds(8);

  static TcpProxy proxy;

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  @AfterEach
  void restore() {
    proxy.restore();
  }

  @AfterAll
  static void stopProxy() {
    proxy.close();
  }

  @Test
  void aHungDatabaseGivesA503WithRetryAfterWithinSecondsAndRecovers() {
    assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/probe").status()).isEqualTo(200);

    proxy.hang();
    var response =
        assertTimeoutPreemptively(
            FAILS_WITHIN, () -> api.as(DemoAccount.SONGJIANG_OFFICER).get("/probe"));

    Problems.assertProblem(response, 503, "unavailable");
    assertThat(response.header("Retry-After")).isEqualTo("5");
    proxy.restore();
    awaitRecovery();
  }

  @Test
  void aDatabaseDownGivesA503AndTakesReadinessDownUntilItIsBack() {
    proxy.cut();
    var response =
        assertTimeoutPreemptively(
            FAILS_WITHIN, () -> api.as(DemoAccount.SONGJIANG_OFFICER).get("/probe"));

    Problems.assertProblem(response, 503, "unavailable");
    assertThat(api.withToken(null).get("/actuator/health/readiness").status()).isEqualTo(503);
    assertThat(api.withToken(null).get("/actuator/health/liveness").status()).isEqualTo(200);
    proxy.restore();
    awaitRecovery();
    assertThat(api.withToken(null).get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  /** The pool reconnects by itself within seconds; no restart. */
  void awaitRecovery() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/probe").status())
                    .isEqualTo(200));
  }

  @RestController
  static class Probe {
    @Autowired JdbcTemplate jdbc;

    @GetMapping("/probe")
    Integer probe() {
      return jdbc.queryForObject("select 1", Integer.class);
    }
  }

  /** The service's database, whichever server the infrastructure gave, behind the proxy. */
  @TestConfiguration(proxyBeanMethods = false)
  static class ThroughProxy {
    @Bean
    static BeanPostProcessor databaseThroughProxy() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (!(bean instanceof JdbcConnectionDetails real)) {
            return bean;
          }
          URI url = URI.create(real.getJdbcUrl().substring("jdbc:".length()));
          proxy = TcpProxy.to(url.getPort());
          String proxied =
              real.getJdbcUrl().replace(":" + url.getPort() + "/", ":" + proxy.port() + "/");
          return JdbcConnections.of(proxied, real.getUsername(), real.getPassword());
        }
      };
    }
  }
}
