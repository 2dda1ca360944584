package cn.gov.sh.tradesecret.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizationCodeOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The officer's login: authorization code with PKCE at identity-service (the console is a public
 * client there), the tokens kept in the server session and never sent to the browser, CSRF tokens
 * on every form, and logout that ends the identity-service session too (OpenID Connect RP-initiated
 * logout).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String REGISTRATION = "identity";
  private static final String ENTERPRISE = "AGENCY_ENTERPRISE";
  private static final RequestMatcher LOGOUT =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout");

  @Bean
  SecurityFilterChain consoleFilterChain(
      HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
    http.authorizeHttpRequests(
        (requests) ->
            requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                .permitAll()
                .requestMatchers("/webjars/**", "/css/**", "/js/**", "/error")
                .permitAll()
                // The enterprise portal is an enterprise's; every other page but the home, the
                // inbox and the public verification an officer's.
                .requestMatchers("/enterprise/**")
                .hasAuthority(ENTERPRISE)
                .requestMatchers("/", "/inbox/**", "/verification/**")
                .authenticated()
                .anyRequest()
                .access(
                    AuthorizationManagers.allOf(
                        AuthenticatedAuthorizationManager.authenticated(),
                        AuthorizationManagers.not(
                            AuthorityAuthorizationManager.hasAuthority(ENTERPRISE)))));
    http.oauth2Login(
        (login) -> login.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(roles())));
    OidcClientInitiatedLogoutSuccessHandler endSession =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    // Back to the console's home, at the address the browser used (its own port or the gateway's),
    // which asks for the password again once identity-service has ended its login.
    endSession.setPostLogoutRedirectUri("{baseUrl}/");
    http.logout((logout) -> logout.logoutSuccessHandler(endSession));
    // A page left open past the session's end logs out with a CSRF token nobody knows any more:
    // there is no login left to protect, so it goes home instead of to an error page.
    http.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::logoutWithoutLogin));
    // An htmx request of an expired session: the whole page reloads, which goes through the login
    // and back to that page (a redirect inside the XMLHttpRequest would go nowhere).
    http.exceptionHandling(
        (exceptions) ->
            exceptions.defaultAuthenticationEntryPointFor(
                (request, response, e) -> {
                  String page = request.getHeader("HX-Current-URL");
                  response.setHeader(
                      "HX-Redirect", page != null ? page : request.getContextPath() + "/");
                  new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED).commence(request, response, e);
                },
                (request) -> request.getHeader("HX-Request") != null));
    http.headers(
        (headers) ->
            headers.contentSecurityPolicy(
                (csp) ->
                    csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                            + " frame-ancestors 'none'; form-action 'self' "
                            + "http: https:")));
    return http.build();
  }

  private static boolean logoutWithoutLogin(HttpServletRequest request) {
    return LOGOUT.matches(request)
        && !(SecurityContextHolder.getContext().getAuthentication()
            instanceof OAuth2AuthenticationToken);
  }

  @Bean
  ClientRegistrationRepository clientRegistrations(ConsoleProperties properties) {
    ClientRegistration identity =
        ClientRegistration.withRegistrationId(REGISTRATION)
            .clientId(properties.clientId())
            .clientName("identity-service")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .issuerUri(properties.issuerUri().toString())
            .authorizationUri(properties.identity("/oauth2/authorize"))
            .tokenUri(properties.identity("/oauth2/token"))
            .jwkSetUri(properties.identity("/oauth2/jwks"))
            .userNameAttributeName("sub")
            // Read from the issuer's discovery document; written here so the console starts
            // while identity-service is still starting.
            .providerConfigurationMetadata(
                Map.of("end_session_endpoint", properties.identity("/connect/logout")))
            .build();
    return new InMemoryClientRegistrationRepository(identity);
  }

  /** The officer's tokens live in the server session, and go with it. */
  @Bean
  OAuth2AuthorizedClientRepository authorizedClients() {
    return new HttpSessionOAuth2AuthorizedClientRepository();
  }

  /**
   * Renews the access token with the refresh token when it expires. identity-service issues a new
   * ID token with each refresh and, from then on, accepts only that one as the hint of the logout:
   * the refresh is announced, so that Spring Security's listener validates the new ID token and
   * puts it into the officer's login in the session, where the logout takes its hint from.
   */
  @Bean
  OAuth2AuthorizedClientManager authorizedClientManager(
      ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientRepository clients,
      ApplicationEventPublisher events) {
    RefreshTokenOAuth2AuthorizedClientProvider refresh =
        new RefreshTokenOAuth2AuthorizedClientProvider();
    refresh.setApplicationEventPublisher(events);
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(registrations, clients);
    manager.setAuthorizedClientProvider(
        new DelegatingOAuth2AuthorizedClientProvider(
            new AuthorizationCodeOAuth2AuthorizedClientProvider(), refresh));
    return manager;
  }

  /**
   * The roles and agency of the ID token's platform claims as authorities: {@code ROLE_HEAD},
   * {@code AGENCY_POLICE}. They choose the navigation; the APIs still decide every request.
   */
  private static GrantedAuthoritiesMapper roles() {
    return (Collection<? extends GrantedAuthority> authorities) -> {
      Set<GrantedAuthority> mapped = new HashSet<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          Object roles = oidc.getIdToken().getClaims().get("roles");
          if (roles instanceof List<?> names) {
            names.forEach((name) -> mapped.add(new SimpleGrantedAuthority("ROLE_" + name)));
          }
          String agency = oidc.getIdToken().getClaimAsString("agency");
          if (agency != null) {
            mapped.add(new SimpleGrantedAuthority("AGENCY_" + agency));
          }
        }
      }
      return mapped;
    };
  }
}
