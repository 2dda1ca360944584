package cn.gov.sh.tradesecret.testsupport;

import cn.gov.sh.tradesecret.infra.KafkaAccess;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
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

  /**
   * The service authenticates to Kafka as its own principal, with the ACLs it has in production (a
   * test application that is none of the platform's, as the admin); see {@code KafkaAccess}.
   */
  @Bean
  DynamicPropertyRegistrar kafkaCredentials(Environment environment) {
    String name = environment.getProperty("spring.application.name", "test");
    String principal = KafkaAccess.isApplication(name) ? name : KafkaAccess.ADMIN;
    return registry -> {
      registry.add("KAFKA_USERNAME", () -> principal);
      registry.add("KAFKA_PASSWORD", () -> KafkaClients.access().password(principal));
    };
  }

  /**
   * A statement may wait 30 s for its answer in tests (production: 3 s), so a CI machine busy with
   * containers does not turn a slow answer into a 503; {@code DatabaseOutageIT} sets the production
   * value ({@code platform.test.db-socket-timeout-seconds}) to show what callers get.
   */
  @Bean
  DynamicPropertyRegistrar databaseSocketTimeout(Environment environment) {
    String seconds = environment.getProperty("platform.test.db-socket-timeout-seconds", "30");
    return registry -> registry.add("DB_SOCKET_TIMEOUT_SECONDS", () -> seconds);
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

    /**
     * The platform's Kafka image as in docker-compose: SASL on every listener (SCRAM for clients,
     * PLAIN for the controller), ACLs, and each application's principal set up once it runs.
     */
    @Bean
    KafkaContainer kafka() {
      KafkaContainer kafka =
          new KafkaContainer(
                  DockerImageName.parse(InfrastructureMode.kafkaImage())
                      .asCompatibleSubstituteFor("apache/kafka"))
              .withEnv(
                  "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                  "BROKER:SASL_PLAINTEXT,PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT")
              .withEnv("KAFKA_LISTENER_NAME_PLAINTEXT_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-256")
              .withEnv("KAFKA_LISTENER_NAME_BROKER_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-256")
              .withEnv("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL", "SCRAM-SHA-256")
              .withEnv("KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS", "PLAIN")
              .withEnv("KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL", "PLAIN")
              .withEnv(
                  "KAFKA_AUTHORIZER_CLASS_NAME",
                  "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
              .withEnv("KAFKA_SUPER_USERS", "User:" + KafkaAccess.ADMIN)
              .withEnv("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
              .withEnv("PLATFORM_KAFKA_ADMIN_PASSWORD", KafkaClients.password(KafkaAccess.ADMIN));
      kafka.start();
      try (Admin admin = Admin.create(KafkaClients.admin(kafka.getBootstrapServers()))) {
        KafkaClients.access().apply(admin);
      }
      return kafka;
    }

    /**
     * Only the address: a service connection to the container would also set the security protocol
     * to PLAINTEXT, over the SASL the services are configured with.
     */
    @Bean
    KafkaConnectionDetails kafkaConnection(KafkaContainer kafka) {
      return () -> List.of(kafka.getBootstrapServers());
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  @Conditional(OnEmbedded.class)
  static class Embedded {

    @Bean
    JdbcConnectionDetails embeddedPostgres(Environment environment) {
      return JdbcConnections.database(
          EmbeddedInfrastructure.postgres(),
          environment.getProperty("spring.application.name", "test").replace('-', '_'));
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
