package cn.gov.sh.tradesecret.identity;

import cn.gov.sh.tradesecret.identity.console.PostLogoutRedirectUriValidator;
import cn.gov.sh.tradesecret.identity.console.PublicClientRefreshAuthenticationConverter;
import cn.gov.sh.tradesecret.identity.console.PublicClientRefreshAuthenticationProvider;
import cn.gov.sh.tradesecret.identity.login.ClientSecretThrottleFilter;
import cn.gov.sh.tradesecret.identity.login.LoginThrottle;
import cn.gov.sh.tradesecret.identity.login.LoginThrottleFilter;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OidcLogoutEndpointConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Four filter chains: the authorization and logout endpoints, which browsers visit with the
 * officer's login session; the other protocol endpoints (token, JWK set, discovery, user info),
 * stateless; the login page, which holds that session; and everything else, where only health and
 * info are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String LOGIN_PAGE = "/login";

  /**
   * An officer who has not logged in is sent to the login page and comes back here afterwards (the
   * request is kept in the session). The console's logout (OpenID Connect RP-initiated logout, the
   * ID token as hint) ends that session and sends the browser back to a post-logout redirect URI of
   * the console; without a session it only sends the browser back.
   */
  @Bean
  @Order(1)
  SecurityFilterChain authorizationEndpointFilterChain(
      HttpSecurity http, AuthorizationServerSettings settings) throws Exception {
    http.securityMatcher(
        new OrRequestMatcher(authorizationEndpoint(settings), logoutEndpoint(settings)));
    http.oauth2AuthorizationServer(
        (server) ->
            server.oidc(
                (oidc) -> oidc.logoutEndpoint(SecurityConfiguration::consolePostLogoutRedirects)));
    http.authorizeHttpRequests(
        (requests) ->
            requests
                .requestMatchers(logoutEndpoint(settings))
                .permitAll()
                .anyRequest()
                .authenticated());
    http.exceptionHandling(
        (exceptions) ->
            exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain authorizationServerFilterChain(
      HttpSecurity http,
      AuthorizationServerSettings settings,
      RegisteredClientRepository clients,
      IdentityProperties properties,
      LoginThrottle throttle)
      throws Exception {
    // Before the client authentication, which comes after the pre-authentication filters.
    http.addFilterBefore(
        new ClientSecretThrottleFilter(settings.getTokenEndpoint(), throttle),
        AbstractPreAuthenticatedProcessingFilter.class);
    http.oauth2AuthorizationServer(
        (server) -> {
          // CORS preflights (OPTIONS) too: the endpoints' own matchers take only GET or POST.
          http.securityMatcher(
              new OrRequestMatcher(
                  new AndRequestMatcher(
                      server.getEndpointsMatcher(),
                      new NegatedRequestMatcher(authorizationEndpoint(settings)),
                      new NegatedRequestMatcher(logoutEndpoint(settings))),
                  new AndRequestMatcher(
                      CorsUtils::isPreFlightRequest, browserCallableEndpoints(settings))));
          server.oidc(Customizer.withDefaults());
          // The console has no secret: it refreshes with its client id and the refresh token.
          server.clientAuthentication(
              (clientAuthentication) ->
                  clientAuthentication
                      .authenticationConverter(new PublicClientRefreshAuthenticationConverter())
                      .authenticationProvider(
                          new PublicClientRefreshAuthenticationProvider(clients)));
        });
    http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
    // The OIDC user-info endpoint accepts the server's own access tokens.
    http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
    http.sessionManagement(
        (sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    http.cors((cors) -> cors.configurationSource(consoleOrigins(properties)));
    return http.build();
  }

  /**
   * The login form (Spring Security's default page, with a CSRF token), throttled after repeated
   * failures, and the logout that ends the officer's session (kept in the database by Spring
   * Session, so any instance knows it).
   */
  @Bean
  @Order(3)
  SecurityFilterChain loginFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
    LoginThrottleFilter throttling = new LoginThrottleFilter(LOGIN_PAGE, throttle);
    http.securityMatcher(LOGIN_PAGE, "/logout");
    http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
    http.addFilterBefore(throttling, UsernamePasswordAuthenticationFilter.class);
    http.formLogin(
        (form) ->
            form.failureHandler(
                throttling.countingFailures(
                    new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error"))));
    return http.build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain defaultFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
        (requests) ->
            requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                .permitAll()
                .requestMatchers("/error")
                .permitAll()
                .anyRequest()
                .denyAll());
    http.sessionManagement(
        (sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    http.csrf((csrf) -> csrf.disable());
    return http.build();
  }

  /**
   * One store of authorizations (codes, tokens) for the authorization endpoint's chain, which
   * issues codes, and the token endpoint's, which redeems them. In the database: a code issued by
   * one instance is redeemed at another, and a refresh token outlives a restart.
   */
  @Bean
  OAuth2AuthorizationService authorizationService(
      JdbcOperations jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationService(jdbc, clients);
  }

  @Bean
  OAuth2AuthorizationConsentService authorizationConsentService(
      JdbcOperations jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
  }

  /**
   * Which login session an ID token belongs to (its {@code sid} claim, checked again at logout),
   * from the sessions in the database: any instance issues the token or ends the session.
   */
  @Bean
  <S extends Session> SessionRegistry sessionRegistry(
      FindByIndexNameSessionRepository<S> sessions) {
    return new SpringSessionBackedSessionRegistry<>(sessions);
  }

  private static RequestMatcher authorizationEndpoint(AuthorizationServerSettings settings) {
    return PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint());
  }

  /** Post-logout redirect URIs matched as redirect URIs are (a loopback IP on any port). */
  private static void consolePostLogoutRedirects(OidcLogoutEndpointConfigurer logout) {
    logout.authenticationProviders(
        (providers) ->
            providers.forEach(
                (provider) -> {
                  if (provider instanceof OidcLogoutAuthenticationProvider oidcLogout) {
                    oidcLogout.setAuthenticationValidator(new PostLogoutRedirectUriValidator());
                  }
                }));
  }

  private static RequestMatcher logoutEndpoint(AuthorizationServerSettings settings) {
    return PathPatternRequestMatcher.withDefaults().matcher(settings.getOidcLogoutEndpoint());
  }

  /**
   * What a console in the browser calls with {@code fetch}: discovery, key set, token, user info,
   * revocation.
   */
  private static RequestMatcher browserCallableEndpoints(AuthorizationServerSettings settings) {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(
        Stream.of(
                "/.well-known/openid-configuration",
                "/.well-known/oauth-authorization-server",
                settings.getJwkSetEndpoint(),
                settings.getTokenEndpoint(),
                settings.getOidcUserInfoEndpoint(),
                settings.getTokenRevocationEndpoint())
            .<RequestMatcher>map(paths::matcher)
            .toList());
  }

  /**
   * The console runs where its redirect URIs point: from there a browser may call the token,
   * key-set, discovery and user-info endpoints.
   */
  private static CorsConfigurationSource consoleOrigins(IdentityProperties properties) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(properties.console().origins());
    cors.setAllowedMethods(List.of("GET", "POST"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "DPoP"));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    return source;
  }
}
