package cn.gov.sh.tradesecret.gateway.security;

import cn.gov.sh.tradesecret.testsupport.RealTime;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Not a test: the CPU time the gateway spends on an officer's token per request, checked in full
 * (parse, RS256 signature, issuer, audience, timestamps, lifetime: the decoder Spring Boot
 * configures) and remembered ({@link ValidatedTokens}), in the same JVM, counted in the thread's
 * own CPU time so that other work on the machine does not inflate it. Run by {@code ./mvnw -pl
 * gateway test -Dtest=TokenCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (its name
 * matches neither {@code *Test} nor {@code *IT}).
 */
@Tag("benchmark")
@RealTime("a token's lifetime is checked against the real time, as in production")
class TokenCheckBenchmark {

  static final String ISSUER = "http://localhost:9000";
  static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  static final int CHECKS = Integer.getInteger("bench.checks", 20_000);

  @Test
  void cpuPerCheck() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
    NimbusReactiveJwtDecoder full =
        NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    full.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(ISSUER),
            new JwtClaimValidator<List<String>>(
                "aud", (aud) -> aud != null && aud.contains("trade-secret-platform")),
            new TokenLifetimeValidator(Duration.ofHours(1), Clock.systemUTC())));
    ValidatedTokens remembered =
        new ValidatedTokens(full, 2000, Duration.ofMinutes(5), Clock.systemUTC());
    String token = token(key);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round <= ROUNDS; round++) {
      double fullMicros = microsPerCheck(threads, full, token);
      double rememberedMicros = microsPerCheck(threads, remembered, token);
      if (round > 0) { // round 0 warms the JIT up
        System.out.printf(
            Locale.ROOT,
            "SUMMARY token-check round %d: checked in full %.1f us CPU, remembered %.2f us CPU"
                + " (%.0fx less) per request%n",
            round,
            fullMicros,
            rememberedMicros,
            fullMicros / rememberedMicros);
      }
    }
  }

  static double microsPerCheck(ThreadMXBean threads, ReactiveJwtDecoder decoder, String token) {
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < CHECKS; i++) {
      decoder.decode(token).block();
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e3 / CHECKS;
  }

  static String token(RSAKey key) throws Exception {
    Instant now = Instant.now();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("songjiang-officer")
                .audience("trade-secret-platform")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .jwtID(UUID.randomUUID().toString())
                .claim("agency", "MARKET_REGULATION")
                .claim("unit", "MR-310117")
                .claim("jurisdiction", "310117")
                .claim("roles", List.of("OFFICER"))
                .build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
