package cn.gov.sh.tradesecret.gateway.security;

import java.time.Clock;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Access rules of the gateway. {@code /api/**} needs a valid access token of the platform
 * (signature from the issuer's JWK set, issuer, audience {@code trade-secret-platform}, expiry: see
 * {@code spring.security.oauth2.resourceserver.jwt.*}; an expiry no further than {@code
 * platform.security.max-token-lifetime} from the issue time: {@link TokenLifetimeValidator}); the
 * token is relayed unchanged and each service validates it again. A token that passed is remembered
 * for its next requests ({@link ValidatedTokens}). Public: health and info, the token and discovery
 * routes to the identity service, API documentation, the public event catalogue, the officers'
 * console (which logs its officers in itself and calls {@code /api/**} with their tokens). Other
 * actuator endpoints need the {@code OPERATOR} role. Everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
class SecurityConfiguration {

  @Bean
  OAuth2TokenValidator<Jwt> tokenLifetimeValidator(TokenProperties properties) {
    // The real time, as Spring Security's own expiry check: tokens are minted on it.
    return new TokenLifetimeValidator(properties.maxTokenLifetime(), Clock.systemUTC());
  }

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      ProblemDetailResponses problems,
      ReactiveJwtDecoder decoder,
      TokenProperties properties) {
    http.authorizeExchange(
        (exchanges) ->
            exchanges
                .matchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                .permitAll()
                .matchers(EndpointRequest.toAnyEndpoint())
                .hasRole("OPERATOR")
                .pathMatchers(HttpMethod.POST, "/oauth2/token")
                .permitAll()
                .pathMatchers(HttpMethod.GET, "/oauth2/jwks", "/.well-known/**")
                .permitAll()
                // anyone may check a deposited fingerprint and fetch the certificate that verifies
                // its timestamp token
                .pathMatchers(
                    HttpMethod.GET, "/api/deposits/verification", "/api/timestamping/certificate")
                .permitAll()
                .pathMatchers(
                    HttpMethod.GET,
                    "/v3/api-docs/**",
                    "/swagger-ui.html",
                    "/swagger-ui/**",
                    "/webjars/swagger-ui/**")
                .permitAll()
                // The officers' console logs its officers in itself (identity-service, its
                // session).
                .pathMatchers("/console/**")
                .permitAll()
                // The public event catalogue: agencies read it before they have an account.
                .pathMatchers(HttpMethod.GET, "/api/event-catalogue", "/api/event-catalogue/**")
                .permitAll()
                .pathMatchers("/api/**")
                .authenticated()
                .anyExchange()
                .denyAll());
    // Browsers of the officers' console: the origins of the CorsConfigurationSource bean.
    http.cors(Customizer.withDefaults());
    http.oauth2ResourceServer(
        (resourceServer) ->
            resourceServer
                .jwt(
                    (jwt) ->
                        jwt.jwtDecoder(
                            new ValidatedTokens(
                                decoder,
                                properties.validatedTokens(),
                                properties.validatedTokenAge(),
                                Clock.systemUTC())))
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
    http.exceptionHandling(
        (exceptions) ->
            exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    // Stateless: every request brings its token; no session, no saved request, no CSRF token.
    http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    http.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()));
    http.csrf(ServerHttpSecurity.CsrfSpec::disable);
    http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable);
    http.formLogin(ServerHttpSecurity.FormLoginSpec::disable);
    http.logout(ServerHttpSecurity.LogoutSpec::disable);
    return http.build();
  }
}
