package cn.gov.sh.tradesecret.identity.account;

import cn.gov.sh.tradesecret.identity.IdentityProperties;
import cn.gov.sh.tradesecret.identity.IdentityProperties.Account;
import cn.gov.sh.tradesecret.identity.console.OfficerConsole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Each demo account twice: as a confidential client ({@code client_secret_basic}, client
 * credentials grant) for agency systems, and as a user who logs in through the officers' console;
 * both get access tokens with the same platform claims.
 */
@Configuration(proxyBeanMethods = false)
class DemoAccountsConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  RegisteredClientRepository registeredClientRepository(
      IdentityProperties properties, PasswordEncoder passwordEncoder) {
    // In code, not in the database: every instance builds the same clients from the same
    // configuration (ids fixed by the account names, which stored authorizations refer to), so
    // any instance accepts what another issued. The secret's hash differs per instance (salted),
    // the secret it checks does not.
    // Hashed (salted per client, which the repository requires) so it never sits there in clear.
    List<RegisteredClient> clients =
        new ArrayList<>(
            properties.accounts().stream()
                .map(
                    (account) ->
                        registeredClient(
                            account, passwordEncoder.encode(properties.demoPassword()), properties))
                .toList());
    clients.add(OfficerConsole.registeredClient(properties));
    return new InMemoryRegisteredClientRepository(clients);
  }

  private static RegisteredClient registeredClient(
      Account account, String encodedSecret, IdentityProperties properties) {
    return RegisteredClient.withId(account.name())
        .clientId(account.name())
        .clientName(account.unit() + " " + account.name())
        .clientSecret(encodedSecret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
        .tokenSettings(
            TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .build())
        .build();
  }

  /**
   * The officers who log in at {@code /login}: one user per account, named after it, with the demo
   * password (hashed).
   */
  @Bean
  UserDetailsService officers(IdentityProperties properties, PasswordEncoder passwordEncoder) {
    List<UserDetails> users =
        properties.accounts().stream()
            .map(
                (account) ->
                    User.withUsername(account.name())
                        .password(passwordEncoder.encode(properties.demoPassword()))
                        .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
            .toList();
    return new InMemoryUserDetailsManager(users);
  }

  /**
   * The platform claims of the account in its access tokens and in the ID tokens of its officer. An
   * access token says the same whether an agency system obtained it with the account's client
   * credentials or an officer by logging in as the account: {@code sub}, {@code aud} (the platform)
   * and the platform claims, nothing else that services could tell apart (the console's OIDC scopes
   * stay with the authorization, not in the token). An ID token keeps its audience, the console
   * (OIDC Core 2), so it never passes as an access token.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(IdentityProperties properties) {
    return (context) -> {
      boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
      boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
      if (!accessToken && !idToken) {
        return;
      }
      String name = accountName(context);
      Account account =
          properties
              .account(name)
              .orElseThrow(() -> new IllegalStateException("No demo account " + name));
      // ArrayLists: the claims are stored with the authorization as JSON, and the allow-list of
      // types that reads them back knows ArrayList, not the lists of List.of or toList().
      List<String> roles =
          account.roles().stream()
              .sorted(Comparator.naturalOrder())
              .map(Role::name)
              .collect(Collectors.toCollection(ArrayList::new));
      context
          .getClaims()
          .subject(account.name())
          .claim(PlatformClaims.AGENCY, account.agency().name())
          .claim(PlatformClaims.UNIT, account.unit())
          .claim(PlatformClaims.JURISDICTION, account.jurisdiction())
          .claim(PlatformClaims.ROLES, roles);
      if (accessToken) {
        context
            .getClaims()
            .audience(new ArrayList<>(List.of(properties.audience())))
            .claims((claims) -> claims.remove(OAuth2ParameterNames.SCOPE));
      }
    };
  }

  /**
   * An agency system authenticates as the account's client; an officer logs in as its user
   * (authorization code, then refresh token).
   */
  private static String accountName(JwtEncodingContext context) {
    return AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
        ? context.getRegisteredClient().getClientId()
        : context.getPrincipal().getName();
  }
}
