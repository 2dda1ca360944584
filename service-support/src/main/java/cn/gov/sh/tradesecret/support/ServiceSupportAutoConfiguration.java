package cn.gov.sh.tradesecret.support;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.support.calendar.CalendarConfiguration;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import cn.gov.sh.tradesecret.support.consumer.EventReader;
import cn.gov.sh.tradesecret.support.consumer.ListenerBackOff;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.outbox.OutboxProperties;
import cn.gov.sh.tradesecret.support.outbox.OutboxRelay;
import cn.gov.sh.tradesecret.support.outbox.RecordedEventsToOutbox;
import cn.gov.sh.tradesecret.support.outbox.TraceContext;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.security.OfficerArgumentResolver;
import cn.gov.sh.tradesecret.support.security.ResourceServerSecurity;
import cn.gov.sh.tradesecret.support.security.TokenLifetime;
import cn.gov.sh.tradesecret.support.security.ValidatedTokens;
import cn.gov.sh.tradesecret.support.web.ApiExceptionHandler;
import cn.gov.sh.tradesecret.support.web.CorrelationIdFilter;
import cn.gov.sh.tradesecret.support.web.StorableText;
import io.micrometer.tracing.Tracer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires what every domain service shares: the outbox and its relay, idempotent event handling with
 * a dead-letter topic, token validation, problem details, correlation ids and the API document.
 *
 * <p>A service that publishes names its topic in {@code platform.events.topic}; the topic and its
 * dead-letter topic are created with {@code platform.events.partitions} partitions.
 */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@Import({ApiExceptionHandler.class, CalendarConfiguration.class})
public class ServiceSupportAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  OutboxRelay outboxRelay(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      KafkaTemplate<String, String> kafka,
      OutboxProperties properties) {
    return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka, properties);
  }

  @Bean
  TraceContext traceContext(ObjectProvider<Tracer> tracer) {
    return new TraceContext(tracer);
  }

  @Bean
  Outbox outbox(
      JdbcTemplate jdbc,
      JsonMapper json,
      Clock clock,
      OutboxRelay relay,
      TraceContext traceContext,
      @Value("${spring.application.name}") String source) {
    return new Outbox(jdbc, json, clock, source, relay, traceContext);
  }

  /** Events that aggregates record reach the outbox in the transaction that saves them. */
  @Bean
  RecordedEventsToOutbox recordedEventsToOutbox(Outbox outbox) {
    return new RecordedEventsToOutbox(outbox);
  }

  /** Registered by Boot with the application's JsonMapper: requests and events alike. */
  @Bean
  StorableText storableText() {
    return new StorableText();
  }

  @Bean
  EventReader eventReader(JsonMapper json) {
    return new EventReader(json);
  }

  @Bean
  EventHandling eventHandling(
      EventReader reader,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      Clock clock,
      @Value("${spring.application.name}") String consumer) {
    return new EventHandling(
        reader, jdbc, new TransactionTemplate(transactionManager), clock, consumer);
  }

  /**
   * Bounded retries, then the dead-letter topic ({@code <topic>.DLT}, partition chosen by key); a
   * malformed message goes there at once. Either way the partition moves on; only while the
   * database is out of reach does it wait ({@link ListenerBackOff}).
   */
  @Bean
  DefaultErrorHandler kafkaErrorHandler(
      KafkaOperations<String, String> kafka,
      @Value("${platform.events.database-outage-retry:PT10M}") Duration databaseOutageRetry) {
    DeadLetterPublishingRecoverer deadLetters =
        new DeadLetterPublishingRecoverer(
            kafka,
            (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
    DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, ListenerBackOff.briefly());
    handler.setBackOffFunction(new ListenerBackOff(databaseOutageRetry));
    handler.addNotRetryableExceptions(MalformedEventException.class);
    return handler;
  }

  @Bean
  @ConditionalOnProperty("platform.events.topic")
  NewTopic ownTopic(
      @Value("${platform.events.topic}") String topic,
      @Value("${platform.events.partitions:6}") int partitions) {
    return TopicBuilder.name(topic).partitions(partitions).build();
  }

  @Bean
  @ConditionalOnProperty("platform.events.topic")
  NewTopic ownDeadLetterTopic(@Value("${platform.events.topic}") String topic) {
    return TopicBuilder.name(Topics.deadLetter(topic)).partitions(1).build();
  }

  /** Picked up by Boot's JwtDecoder beside the issuer, audience and timestamp checks. */
  @Bean
  TokenLifetime tokenLifetime(
      @Value("${" + TokenLifetime.MAX_LIFETIME_PROPERTY + ":PT1H}") java.time.Duration maximum) {
    return new TokenLifetime(maximum, Clock.systemUTC());
  }

  @Bean
  static ValidatedTokens.Remembering rememberValidatedTokens(Environment environment) {
    return new ValidatedTokens.Remembering(environment);
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
    return ResourceServerSecurity.filterChain(http, json);
  }

  @Bean
  WebMvcConfigurer officerArguments() {
    // The caller comes from the token, not from the request: no "officer" parameter in the API
    // documents.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Officer.class);
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new OfficerArgumentResolver());
      }
    };
  }

  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  OpenAPI apiDocument(
      @Value("${spring.application.name}") String service,
      @Value(
              "${platform.identity.browser-uri:${spring.security.oauth2.resourceserver.jwt.issuer-uri:http://localhost:9000}}")
          String issuer) {
    // Either a token pasted in (agency systems), or an officer's login at the issuer (Swagger UI's
    // "Authorize").
    OAuthFlow login =
        new OAuthFlow()
            .authorizationUrl(issuer + "/oauth2/authorize")
            .tokenUrl(issuer + "/oauth2/token")
            .scopes(
                new Scopes()
                    .addString("openid", "the officer's identity")
                    .addString("profile", "the officer's account"));
    return new OpenAPI()
        .info(
            new Info()
                .title(service)
                .version("v1")
                .description("Trade-secret protection coordination platform: " + service))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"))
                .addSecuritySchemes(
                    "officer-login",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .flows(new OAuthFlows().authorizationCode(login))))
        .addSecurityItem(new SecurityRequirement().addList("bearer"))
        .addSecurityItem(
            new SecurityRequirement().addList("officer-login", List.of("openid", "profile")));
  }
}
