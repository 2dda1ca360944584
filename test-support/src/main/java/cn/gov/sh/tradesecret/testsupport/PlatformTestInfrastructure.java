package cn.gov.sh.tradesecret.testsupport;

import cn.gov.sh.tradesecret.infra.PostgresServer;
import java.util.List;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Import this into a service's integration tests: it connects the service to a real PostgreSQL
 * database of its own and a real Kafka broker (see {@link InfrastructureMode} for where they come
 * from) and to the {@link TestIssuer}, whose tokens the service then validates as in production.
 * The service's {@code Clock} is the {@link TestClock#suite()}, starting on the suite's date, never
 * the machine's.
 *
 * <p>Images: {@code platform.test.postgres-image} (default {@code postgres:17-alpine}) and {@code
 * platform.test.kafka-image} (default {@code apache/kafka:4.1.2}) system properties.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestInfrastructure {

  @Bean
  TestClock clock() {
    return TestClock.suite();
  }

  @Bean
  DynamicPropertyRegistrar testIssuerProperties() {
    return registry -> {
      registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer::issuer);
      registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestIssuer::jwkSetUri);
    };
  }

  @TestConfiguration(proxyBeanMethods = false)
  @Conditional(OnTestcontainers.class)
  static class Containers {

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
      return new PostgreSQLContainer(
          DockerImageName.parse(InfrastructureMode.postgresImage())
              .asCompatibleSubstituteFor("postgres"));
    }

    @Bean
    @ServiceConnection
    KafkaContainer kafka() {
      return new KafkaContainer(
          DockerImageName.parse(InfrastructureMode.kafkaImage())
              .asCompatibleSubstituteFor("apache/kafka"));
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  @Conditional(OnEmbedded.class)
  static class Embedded {

    @Bean
    JdbcConnectionDetails embeddedPostgres(Environment environment) {
      PostgresServer postgres = EmbeddedInfrastructure.postgres();
      String database =
          environment.getProperty("spring.application.name", "test").replace('-', '_');
      postgres.ensureDatabase(database);
      String url = postgres.jdbcUrl(database);
      return new JdbcConnectionDetails() {
        @Override
        public String getUsername() {
          return PostgresServer.USER;
        }

        @Override
        public String getPassword() {
          return "";
        }

        @Override
        public String getJdbcUrl() {
          return url;
        }
      };
    }

    @Bean
    KafkaConnectionDetails embeddedKafka() {
      String bootstrapServers = EmbeddedInfrastructure.kafka().bootstrapServers();
      return () -> List.of(bootstrapServers);
    }
  }

  static class OnTestcontainers implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return InfrastructureMode.current() == InfrastructureMode.TESTCONTAINERS;
    }
  }

  static class OnEmbedded implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return InfrastructureMode.current() == InfrastructureMode.EMBEDDED;
    }
  }
}
