package cn.gov.sh.tradesecret.support.security;

import cn.gov.sh.tradesecret.support.web.ApiExceptionHandler;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service validates the access token itself (issuer, audience, signature, lifetime), so a
 * request that bypasses the gateway gains nothing. Only health and the API documents are open.
 */
public final class ResourceServerSecurity {

  private ResourceServerSecurity() {}

  public static SecurityFilterChain filterChain(HttpSecurity http, JsonMapper json)
      throws Exception {
    BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    AuthenticationEntryPoint unauthorized =
        (request, response, e) -> {
          bearer.commence(request, response, e); // sets WWW-Authenticate as RFC 6750 asks
          write(
              response,
              json,
              HttpStatus.UNAUTHORIZED,
              "unauthenticated",
              "Unauthenticated",
              "a valid bearer token is required");
        };
    AccessDeniedHandler denied =
        (request, response, e) ->
            write(
                response,
                json,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "your role does not allow this");
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/error")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(Officer.OPERATOR)
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(denied))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  /** Roles of the {@code roles} claim become {@code ROLE_*} authorities. */
  static JwtAuthenticationConverter authenticationConverter() {
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName("roles");
    roles.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(roles);
    return converter;
  }

  private static void write(
      jakarta.servlet.http.HttpServletResponse response,
      JsonMapper json,
      HttpStatus status,
      String type,
      String title,
      String detail)
      throws java.io.IOException {
    ProblemDetail problem = ApiExceptionHandler.problem(status, type, title, detail, List.of());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
