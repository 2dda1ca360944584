package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@PlatformIntegrationTest(
    properties = "spring.security.oauth2.authorizationserver.issuer=" + IdentityServiceIT.ISSUER)
class IdentityServiceIT {

  static final String ISSUER = "http://identity.test";

  static final String AUDIENCE = "trade-secret-platform";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort int port;

  @Value("${platform.identity.demo-password}")
  String demoPassword;

  @Nested
  class TokenEndpoint {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = ';',
        textBlock =
            """
				songjiang-officer;     MARKET_REGULATION; MR-310117;       310117; OFFICER
				songjiang-head;        MARKET_REGULATION; MR-310117;       310117; OFFICER,HEAD
				xuhui-officer;         MARKET_REGULATION; MR-310104;       310104; OFFICER
				songjiang-police;      POLICE;            PSB-310117;      310117; OFFICER
				municipal-procurator;  PROCURATORATE;     PROC-310000;     310000; PROCURATOR
				songjiang-court-clerk; COURT;             COURT-310117;    310117; CLERK
				operator;              PLATFORM;          PLATFORM-310000; 310000; OPERATOR
				audit-service;         PLATFORM;          PLATFORM-310000; 310000; SERVICE
				songjiang-enterprise;  ENTERPRISE;        ENT-91310117MA1J3K5L0Y; 310117; REPRESENTATIVE
				pudong-enterprise;     ENTERPRISE;        ENT-91310115MA1H7Q2X47; 310115; REPRESENTATIVE
				""")
    void issuesTokenWithPlatformClaimsThatVerifiesAgainstPublishedKeys(
        String account, String agency, String unit, String jurisdiction, String roles)
        throws Exception {
      HttpResponse<String> response = requestToken(account, demoPassword);

      assertThat(response.statusCode()).isEqualTo(200);
      Map<String, Object> body = JSONObjectUtils.parse(response.body());
      assertThat(body).containsEntry("token_type", "Bearer");
      Jwt jwt = decoderOfPublishedKeys().decode((String) body.get("access_token"));
      assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
      assertThat(jwt.getSubject()).isEqualTo(account);
      assertThat(jwt.getAudience()).containsExactly(AUDIENCE);
      assertThat(jwt.getIssuer()).hasToString(ISSUER);
      assertThat(jwt.getClaimAsString("agency")).isEqualTo(agency);
      assertThat(jwt.getClaimAsString("unit")).isEqualTo(unit);
      assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo(jurisdiction);
      assertThat(jwt.getClaimAsStringList("roles")).containsExactly(roles.split(","));
    }

    @Test
    void accessTokenLivesThirtyMinutes() throws Exception {
      HttpResponse<String> response = requestToken("songjiang-officer", demoPassword);

      Jwt jwt =
          decoderOfPublishedKeys()
              .decode((String) JSONObjectUtils.parse(response.body()).get("access_token"));
      assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
          .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void accessTokenRequestedWithDPoPProofIsBoundToItsKey() throws Exception {
      ECKey key = new ECKeyGenerator(Curve.P_256).generate();

      HttpResponse<String> response =
          http.send(
              tokenRequest()
                  .header("Authorization", basic("songjiang-officer", demoPassword))
                  .header("DPoP", dpopProof(key, "POST", url("/oauth2/token")))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      Map<String, Object> body = JSONObjectUtils.parse(response.body());
      assertThat(body).containsEntry("token_type", "DPoP");
      Jwt jwt = decoderOfPublishedKeys().decode((String) body.get("access_token"));
      assertThat(jwt.getClaimAsMap("cnf")).containsEntry("jkt", key.computeThumbprint().toString());
      assertThat(jwt.getClaimAsString("unit")).isEqualTo("MR-310117");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
      HttpResponse<String> response = requestToken("songjiang-officer", demoPassword + "-wrong");

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void unknownAccountIsRefused() throws Exception {
      HttpResponse<String> response = requestToken("pudong-nobody", demoPassword);

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void requestWithoutCredentialsIsRefused() throws Exception {
      HttpResponse<String> response =
          http.send(tokenRequest().build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(401);
    }
  }

  @Nested
  class PublicEndpoints {

    @Test
    void discoveryIsPublicAndNamesTheIssuer() throws Exception {
      HttpResponse<String> response = get("/.well-known/openid-configuration");

      assertThat(response.statusCode()).isEqualTo(200);
      Map<String, Object> discovery = JSONObjectUtils.parse(response.body());
      assertThat(discovery)
          .containsEntry("issuer", ISSUER)
          .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
          .containsEntry("token_endpoint", ISSUER + "/oauth2/token");
    }

    @Test
    void keySetIsPublicAndHoldsNoPrivateKey() throws Exception {
      HttpResponse<String> response = get("/oauth2/jwks");

      assertThat(response.statusCode()).isEqualTo(200);
      List<Object> keys =
          JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(response.body()), "keys");
      assertThat(keys)
          .singleElement()
          .satisfies(
              (key) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> jwk = (Map<String, Object>) key;
                assertThat(jwk)
                    .containsEntry("kty", "RSA")
                    .containsKeys("kid", "n", "e")
                    .doesNotContainKey("d");
              });
    }

    @Test
    void healthIsPublic() throws Exception {
      HttpResponse<String> response = get("/actuator/health");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void otherEndpointsAreClosed() throws Exception {
      assertThat(get("/actuator/env").statusCode()).isIn(401, 403);
      assertThat(get("/actuator/metrics").statusCode()).isIn(401, 403);
      assertThat(get("/anything").statusCode()).isIn(401, 403);
    }
  }

  private NimbusJwtDecoder decoderOfPublishedKeys() {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build();
    // The same checks a resource server of the platform makes.
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(ISSUER),
            new JwtClaimValidator<List<String>>(
                "aud", (aud) -> aud != null && aud.contains(AUDIENCE))));
    return decoder;
  }

  private HttpResponse<String> requestToken(String account, String password)
      throws IOException, InterruptedException {
    return http.send(
        tokenRequest().header("Authorization", basic(account, password)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String account, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A DPoP proof (RFC 9449 4.2) of possession of {@code key} for one request. */
  @RealTime("the issuer checks a DPoP proof's issue time against the real time")
  private static String dpopProof(ECKey key, String method, String uri) throws JOSEException {
    SignedJWT proof =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK())
                .build(),
            new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", method)
                .claim("htu", uri)
                .issueTime(new Date())
                .build());
    proof.sign(new ECDSASigner(key));
    return proof.serialize();
  }

  private HttpRequest.Builder tokenRequest() {
    return HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
