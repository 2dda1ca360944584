package cn.gov.sh.tradesecret.gateway;

import cn.gov.sh.tradesecret.testsupport.RealTime;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens as the platform's identity service issues them, signed by a key generated for the
 * test, plus the bad ones the gateway must refuse.
 */
@RealTime("a token's lifetime is checked by Spring Security against the real time")
final class TestTokens {

  static final String AUDIENCE = "trade-secret-platform";

  private static final String KEY_ID = "test-signing-key";

  private final String issuer;

  private final RSAKey key = generateKey();

  // Same key id as the published key: only the signature tells the forgery apart.
  private final RSAKey forgerKey = generateKey();

  TestTokens(String issuer) {
    this.issuer = issuer;
  }

  /** The public JWK set, as {@code /oauth2/jwks} publishes it. */
  String jwkSet() {
    return new JWKSet(this.key.toPublicJWK()).toString();
  }

  String officer() {
    return sign(claims("songjiang-officer", List.of("OFFICER")).build(), this.key);
  }

  /** A valid token of an officer's account named {@code account}. */
  String officer(String account) {
    return sign(claims(account, List.of("OFFICER")).build(), this.key);
  }

  String operator() {
    return sign(claims("operator", List.of("OPERATOR")).build(), this.key);
  }

  String expired() {
    Instant issuedAt = Instant.now().minus(Duration.ofHours(1));
    return sign(
        claims("songjiang-officer", List.of("OFFICER"))
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(30))))
            .build(),
        this.key);
  }

  String notYetValid() {
    Instant validFrom = Instant.now().plus(Duration.ofMinutes(10));
    return sign(
        claims("songjiang-officer", List.of("OFFICER"))
            .notBeforeTime(Date.from(validFrom))
            .expirationTime(Date.from(validFrom.plus(Duration.ofMinutes(30))))
            .build(),
        this.key);
  }

  /** Signed by the issuer's key, but never expiring. */
  String withoutExpiry() {
    return sign(
        claims("songjiang-officer", List.of("OFFICER")).expirationTime(null).build(), this.key);
  }

  /** Signed by the issuer's key, valid now, living {@code lifetime} from its issue time. */
  String living(Duration lifetime) {
    Instant issuedAt = Instant.now().minus(Duration.ofMinutes(1));
    return sign(
        claims("songjiang-officer", List.of("OFFICER"))
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(lifetime)))
            .build(),
        this.key);
  }

  /** Signed by the issuer's key, without an issue time, expiring in {@code remaining}. */
  String withoutIssueTime(Duration remaining) {
    return sign(
        claims("songjiang-officer", List.of("OFFICER"))
            .issueTime(null)
            .expirationTime(Date.from(Instant.now().plus(remaining)))
            .build(),
        this.key);
  }

  String forged() {
    return sign(claims("songjiang-officer", List.of("OFFICER", "HEAD")).build(), this.forgerKey);
  }

  String fromIssuer(String otherIssuer) {
    return sign(
        claims("songjiang-officer", List.of("OFFICER")).issuer(otherIssuer).build(), this.key);
  }

  String forAudience(String otherAudience) {
    return sign(
        claims("songjiang-officer", List.of("OFFICER")).audience(otherAudience).build(), this.key);
  }

  private JWTClaimsSet.Builder claims(String account, List<String> roles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(this.issuer)
        .subject(account)
        .audience(AUDIENCE)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
        .jwtID(UUID.randomUUID().toString())
        .claim("agency", "MARKET_REGULATION")
        .claim("unit", "MR-310117")
        .claim("jurisdiction", "310117")
        .claim("roles", roles);
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static RSAKey generateKey() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(KEY_ID)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
