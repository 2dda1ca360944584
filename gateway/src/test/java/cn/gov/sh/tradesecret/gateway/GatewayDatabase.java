package cn.gov.sh.tradesecret.gateway;

import cn.gov.sh.tradesecret.testsupport.EmbeddedInfrastructure;
import cn.gov.sh.tradesecret.testsupport.JdbcConnections;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The gateway's database {@code gateway} on the embedded PostgreSQL of the test JVM. Not
 * test-support's {@code PlatformTestInfrastructure}: that one also points the JWT decoder at its
 * own issuer, while the gateway's tests sign tokens with {@link TestTokens}, whose bad tokens it
 * cannot make.
 */
@TestConfiguration(proxyBeanMethods = false)
class GatewayDatabase {

  static final String NAME = "gateway";

  @Bean
  JdbcConnectionDetails gatewayConnection() {
    return JdbcConnections.database(EmbeddedInfrastructure.postgres(), NAME);
  }
}
