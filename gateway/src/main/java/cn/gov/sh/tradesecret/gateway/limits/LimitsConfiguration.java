package cn.gov.sh.tradesecret.gateway.limits;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway's limits. The request size limit is the gateway's {@code RequestSize} default filter
 * (see application.yml): an oversized request gets 413 and never reaches a service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
public class LimitsConfiguration {

  /** CORS for the officers' console: only the configured origins, only the API. */
  @Bean
  CorsConfigurationSource corsConfigurationSource(LimitProperties properties) {
    CorsConfiguration api = new CorsConfiguration();
    api.setAllowedOrigins(properties.allowedOrigins());
    api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    api.setAllowedHeaders(
        List.of(
            "Authorization",
            "Content-Type",
            "If-Match",
            "Idempotency-Key",
            "X-Correlation-Id",
            "Last-Event-ID"));
    api.setExposedHeaders(
        List.of("ETag", "Location", "Retry-After", "X-Correlation-Id", "X-RateLimit-Remaining"));
    api.setMaxAge(3600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/**", api);
    source.registerCorsConfiguration("/oauth2/token", api);
    return source;
  }
}
