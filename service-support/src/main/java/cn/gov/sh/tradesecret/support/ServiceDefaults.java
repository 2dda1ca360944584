package cn.gov.sh.tradesecret.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every domain service shares, added with the lowest precedence so that a service's own
 * {@code application.yml} or the environment overrides any of them. The environment variables named
 * here are the deployment's knobs (see the README).
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put(
        "spring.datasource.url",
        "jdbc:postgresql://${DB_HOST:localhost}:${DB_PORT:15432}/${DB_NAME:${platform.database}}");
    defaults.put("spring.datasource.username", "${DB_USER:postgres}");
    defaults.put("spring.datasource.password", "${DB_PASSWORD:}");
    defaults.put("spring.datasource.hikari.maximum-pool-size", "${DB_POOL_SIZE:10}");
    // A database down or hung fails a request within about 3 s (503, see ApiExceptionHandler), not
    // after Hikari's default 30 s: no connection within 2 s, no answer to a statement within 3 s.
    defaults.put("spring.datasource.hikari.connection-timeout", "${DB_CONNECTION_TIMEOUT_MS:2000}");
    defaults.put("spring.datasource.hikari.validation-timeout", "1000");
    defaults.put(
        "spring.datasource.hikari.data-source-properties.socketTimeout",
        "${DB_SOCKET_TIMEOUT_SECONDS:3}");
    defaults.put("spring.datasource.hikari.data-source-properties.connectTimeout", "2");
    defaults.put("spring.jpa.open-in-view", "false");
    defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
    defaults.put("spring.flyway.locations", "classpath:db/migration,classpath:db/support");
    defaults.put("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:19092}");
    // Every client authenticates as its application (SASL/SCRAM); the broker's ACLs let it write
    // only its own topic (see local-infra's KafkaAccess). KAFKA_PASSWORD comes from the operator.
    defaults.put("spring.kafka.security.protocol", "${KAFKA_SECURITY_PROTOCOL:SASL_PLAINTEXT}");
    defaults.put("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-256");
    defaults.put(
        "spring.kafka.properties.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"${KAFKA_USERNAME:${spring.application.name}}\""
            + " password=\"${KAFKA_PASSWORD:}\";");
    defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
    // A topic is created by its owner: a consumer that asked the broker to create one it reads
    // would be refused (no CREATE there) and its container stopped; it waits for the topic instead.
    defaults.put("spring.kafka.consumer.properties.allow.auto.create.topics", "false");
    // An authorization error (ACLs applied after the start, a password being rotated) is retried,
    // never the end of a listener.
    defaults.put("spring.kafka.listener.auth-exception-retry-interval", "10s");
    defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
    defaults.put("spring.kafka.producer.acks", "all");
    defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
    // Fail fast when the broker is away: the outbox keeps the events and the relay retries.
    defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
    defaults.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
    defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "12000");
    defaults.put("spring.kafka.producer.properties.linger.ms", "1");
    defaults.put("spring.jackson.deserialization.use-big-decimal-for-floats", "true");
    defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
    defaults.put(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri",
        "${PLATFORM_ISSUER_URI:http://localhost:9000}");
    defaults.put(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        "${PLATFORM_JWK_SET_URI:http://localhost:9000/oauth2/jwks}");
    defaults.put("spring.security.oauth2.resourceserver.jwt.audiences", "trade-secret-platform");
    defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
    defaults.put("management.endpoint.health.probes.enabled", "true");
    // Without its database a service can do nothing useful: readiness goes down with it, so a load
    // balancer stops sending requests; liveness stays up, so nothing restarts it for the database.
    defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db");
    defaults.put("management.metrics.tags.service", "${spring.application.name}");
    defaults.put("springdoc.swagger-ui.path", "/swagger-ui.html");
    // Plain console lines show the correlation id and trace id too (structured lines carry the
    // whole MDC).
    defaults.put("logging.pattern.correlation", "[%X{correlationId:-} %X{traceId:-}] ");
    // W3C trace context: every request and consumed event carries a trace id (in the logs); one
    // trace in ten is recorded (a request that came through the gateway follows its decision), as
    // recording every one cost a noticeable share of the CPU (docs/performance.md). Spans are
    // exported only where an operator sets an OTLP endpoint
    // (management.opentelemetry.tracing.export.otlp.endpoint).
    defaults.put("management.tracing.sampling.probability", "${TRACING_SAMPLING_PROBABILITY:0.1}");
    defaults.put("spring.kafka.listener.observation-enabled", "true");
    // Metrics are scraped from /actuator/prometheus; pushing them over OTLP is the operator's
    // choice.
    defaults.put("management.otlp.metrics.export.enabled", "${OTLP_METRICS_EXPORT:false}");
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("platformServiceDefaults", defaults));
  }
}
