package cn.gov.sh.tradesecret.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A token issuer for integration tests: its signing key's JWK set is served over real HTTP (started
 * once per JVM), so the service under test fetches and checks keys exactly as it does against the
 * platform's issuer. Tokens carry the claims of the platform's demo accounts.
 */
@RealTime("a token's lifetime is checked by Spring Security against the real time")
public final class TestIssuer {

  public static final String AUDIENCE = "trade-secret-platform";

  private static final RSAKey SIGNING_KEY = newKey("test-key");

  /** Same key id, different key: what a forger without the issuer's private key can make. */
  private static final RSAKey FORGERS_KEY = newKey("test-key");

  private static HttpServer server;

  private TestIssuer() {}

  public static synchronized String issuer() {
    if (server == null) {
      server = startJwksServer();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public static String jwkSetUri() {
    return issuer() + "/oauth2/jwks";
  }

  /** A valid token for {@code account}, for 30 minutes. */
  public static String token(DemoAccount account) {
    Instant now = Instant.now();
    return sign(SIGNING_KEY, claims(account, issuer(), now, now.plus(Duration.ofMinutes(30))));
  }

  /** A token that expired an hour ago. */
  public static String expiredToken(DemoAccount account) {
    Instant past = Instant.now().minus(Duration.ofHours(2));
    return sign(SIGNING_KEY, claims(account, issuer(), past, past.plus(Duration.ofHours(1))));
  }

  /** A token that becomes valid only in ten minutes (beyond any clock skew allowed). */
  public static String notYetValidToken(DemoAccount account) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claims(account, issuer(), now, now.plus(Duration.ofMinutes(40))))
            .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))
            .build();
    return sign(SIGNING_KEY, claims);
  }

  /** A token of the issuer for another audience than the platform's. */
  public static String tokenForOtherAudience(DemoAccount account) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claims(account, issuer(), now, now.plus(Duration.ofMinutes(30))))
            .audience("another-platform")
            .build();
    return sign(SIGNING_KEY, claims);
  }

  /** A token properly signed that never expires: it carries no {@code exp}. */
  public static String tokenWithoutExpiry(DemoAccount account) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claims(account, issuer(), now, now.plus(Duration.ofMinutes(30))))
            .expirationTime(null)
            .build();
    return sign(SIGNING_KEY, claims);
  }

  /** A token properly signed that lives {@code lifetime} from now. */
  public static String tokenLiving(DemoAccount account, Duration lifetime) {
    Instant now = Instant.now();
    return sign(SIGNING_KEY, claims(account, issuer(), now, now.plus(lifetime)));
  }

  /** A token signed with a key that is not the issuer's. */
  public static String forgedToken(DemoAccount account) {
    Instant now = Instant.now();
    return sign(FORGERS_KEY, claims(account, issuer(), now, now.plus(Duration.ofMinutes(30))));
  }

  /** A token properly signed, but naming another issuer. */
  public static String tokenFromOtherIssuer(DemoAccount account) {
    Instant now = Instant.now();
    return sign(
        SIGNING_KEY,
        claims(account, "http://issuer.invalid", now, now.plus(Duration.ofMinutes(30))));
  }

  private static JWTClaimsSet claims(
      DemoAccount account, String issuer, Instant issuedAt, Instant expiresAt) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(account.name())
        .audience(AUDIENCE)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(issuedAt))
        .notBeforeTime(Date.from(issuedAt))
        .expirationTime(Date.from(expiresAt))
        .claim("agency", account.agency())
        .claim("unit", account.unit())
        .claim("jurisdiction", account.jurisdiction())
        .claim("roles", account.roles())
        .build();
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey newKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer startJwksServer() {
    try {
      HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      byte[] body =
          new JWKSet(SIGNING_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      jwks.createContext(
          "/oauth2/jwks",
          exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      jwks.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> jwks.stop(0), "test-issuer-shutdown"));
      return jwks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
