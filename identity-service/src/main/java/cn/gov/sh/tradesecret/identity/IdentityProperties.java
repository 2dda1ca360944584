package cn.gov.sh.tradesecret.identity;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import cn.gov.sh.tradesecret.identity.account.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity service, bound from {@code platform.identity}.
 *
 * @param audience the {@code aud} claim of every access token; every service requires it
 * @param accessTokenTimeToLive lifetime of an access token
 * @param keyFile JWK file holding the signing key, for operators who keep it outside the database;
 *     when absent, every instance signs with the key stored in the service's database
 * @param demoPassword the client secret and login password shared by every demo account
 * @param accounts the demo accounts, each registered as a confidential client named after it and as
 *     a user who logs in with the same name and password
 * @param console the officers' browser application, through which the users log in
 */
@ConfigurationProperties("platform.identity")
public record IdentityProperties(
    @DefaultValue("trade-secret-platform") String audience,
    @DefaultValue("30m") Duration accessTokenTimeToLive,
    Path keyFile,
    String demoPassword,
    List<Account> accounts,
    @DefaultValue Console console) {

  public IdentityProperties {
    if (audience == null || audience.isBlank()) {
      throw new IllegalArgumentException("platform.identity.audience must not be blank");
    }
    if (accessTokenTimeToLive.isNegative() || accessTokenTimeToLive.isZero()) {
      throw new IllegalArgumentException(
          "platform.identity.access-token-time-to-live must be positive");
    }
    if (demoPassword == null || demoPassword.isBlank()) {
      throw new IllegalArgumentException("platform.identity.demo-password must not be blank");
    }
    accounts = (accounts != null) ? List.copyOf(accounts) : List.of();
    Set<String> names = accounts.stream().map(Account::name).collect(Collectors.toSet());
    if (names.size() != accounts.size()) {
      throw new IllegalArgumentException("platform.identity.accounts has duplicate names");
    }
    if (names.contains(console.clientId())) {
      throw new IllegalArgumentException(
          "platform.identity.console.client-id " + console.clientId() + " is also an account name");
    }
  }

  /** The account of that name, if configured. */
  public Optional<Account> account(String name) {
    return this.accounts.stream().filter((account) -> account.name().equals(name)).findFirst();
  }

  /**
   * A demo account: an officer of one agency unit, or the representative of an enterprise.
   *
   * @param name account name, the client id and the {@code sub} claim
   * @param agency agency type of the unit
   * @param unit agency unit id, e.g. {@code MR-310117}; an enterprise's is {@code ENT-} and its
   *     credit code
   * @param jurisdiction {@code 310000} (municipal) or a district code (GB/T 2260); an enterprise's
   *     is the district where it is registered
   * @param roles roles of the officer in the unit
   * @param creditCode an enterprise's unified social credit code (GB 32100-2015), with its check
   *     character; no other account has one
   */
  public record Account(
      String name,
      AgencyType agency,
      String unit,
      String jurisdiction,
      Set<Role> roles,
      String creditCode) {

    public Account {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an account needs a name");
      }
      Objects.requireNonNull(agency, () -> "account " + name + " needs an agency");
      if (!Districts.isKnown(jurisdiction)) {
        throw new IllegalArgumentException(
            "account "
                + name
                + " needs a known jurisdiction code (see Districts), got "
                + jurisdiction);
      }
      String expectedUnit;
      if (agency == AgencyType.ENTERPRISE) {
        if (!UnifiedSocialCreditCode.isValid(creditCode)) {
          throw new IllegalArgumentException(
              "account "
                  + name
                  + " needs a unified social credit code with the right check character, got "
                  + creditCode);
        }
        if (Districts.MUNICIPAL.equals(jurisdiction)) {
          throw new IllegalArgumentException(
              "account " + name + " is an enterprise: its jurisdiction is a district");
        }
        expectedUnit = agency.unitIn(creditCode);
      } else {
        if (creditCode != null) {
          throw new IllegalArgumentException(
              "account " + name + " is no enterprise and has no credit code");
        }
        expectedUnit = agency.unitIn(jurisdiction);
      }
      if (unit == null || !unit.equals(expectedUnit)) {
        throw new IllegalArgumentException(
            "account " + name + " must belong to unit " + expectedUnit + ", not " + unit);
      }
      if (roles == null || roles.isEmpty()) {
        throw new IllegalArgumentException("account " + name + " needs at least one role");
      }
      roles = Set.copyOf(roles);
    }
  }

  /**
   * The officers' browser application: a public OAuth2 client (no secret) that obtains tokens with
   * the authorization-code grant and PKCE after the officer logged in at the identity service.
   *
   * @param clientId its client id
   * @param redirectUris where the authorization endpoint may send the code, each matched exactly (a
   *     loopback IP such as {@code 127.0.0.1} on any port, RFC 8252); their origins may also call
   *     the token endpoint from a browser (CORS)
   * @param postLogoutRedirectUris where the logout endpoint ({@code /connect/logout}, OpenID
   *     Connect RP-initiated logout) may send the browser back, matched as the redirect URIs are
   * @param refreshTokenTimeToLive how long after login the officer's refresh tokens keep working;
   *     each refresh replaces the refresh token but never extends this
   */
  public record Console(
      @DefaultValue("officer-console") String clientId,
      @DefaultValue({
            "http://localhost:5173/callback",
            "http://localhost:8080/swagger-ui/oauth2-redirect.html",
            "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html"
          })
          List<String> redirectUris,
      @DefaultValue("http://127.0.0.1:8086/console/") List<String> postLogoutRedirectUris,
      @DefaultValue("8h") Duration refreshTokenTimeToLive) {

    public Console {
      if (clientId == null || clientId.isBlank()) {
        throw new IllegalArgumentException("platform.identity.console.client-id must not be blank");
      }
      if (redirectUris == null || redirectUris.isEmpty()) {
        throw new IllegalArgumentException(
            "platform.identity.console.redirect-uris must not be empty");
      }
      redirectUris = redirectUris.stream().map(String::strip).toList();
      redirectUris.forEach((uri) -> requireAbsoluteHttpWithoutFragment("redirect-uris", uri));
      postLogoutRedirectUris =
          (postLogoutRedirectUris != null)
              ? postLogoutRedirectUris.stream().map(String::strip).toList()
              : List.of();
      postLogoutRedirectUris.forEach(
          (uri) -> requireAbsoluteHttpWithoutFragment("post-logout-redirect-uris", uri));
      if (refreshTokenTimeToLive.isNegative() || refreshTokenTimeToLive.isZero()) {
        throw new IllegalArgumentException(
            "platform.identity.console.refresh-token-time-to-live must be positive");
      }
    }

    /**
     * The origins ({@code scheme://host:port}) of the redirect URIs: where the application runs.
     */
    public List<String> origins() {
      return this.redirectUris.stream()
          .map(URI::create)
          .map(
              (uri) -> {
                String origin = uri.getScheme() + "://" + uri.getHost();
                return (uri.getPort() != -1) ? origin + ":" + uri.getPort() : origin;
              })
          .distinct()
          .toList();
    }

    private static void requireAbsoluteHttpWithoutFragment(String property, String redirectUri) {
      try {
        URI uri = new URI(redirectUri);
        boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getFragment() != null) {
          throw new IllegalArgumentException(
              "platform.identity.console."
                  + property
                  + ": "
                  + redirectUri
                  + " must be an absolute http(s) URI without fragment");
        }
      } catch (URISyntaxException ex) {
        throw new IllegalArgumentException(
            "platform.identity.console." + property + ": " + redirectUri + " is not a URI", ex);
      }
    }
  }
}
