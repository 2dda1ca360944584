package cn.gov.sh.tradesecret.identity.console;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * The token generator of the authorization server: the stock one (signed JWT access and ID tokens,
 * customized with the platform claims) except for refresh tokens, which the console, a public
 * client, gets too ({@link LoginBoundRefreshTokenGenerator}).
 */
@Configuration(proxyBeanMethods = false)
class TokenGeneratorConfiguration {

  @Bean
  OAuth2TokenGenerator<OAuth2Token> tokenGenerator(
      JWKSource<SecurityContext> jwkSource,
      OAuth2TokenCustomizer<JwtEncodingContext> platformClaims) {
    JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
    jwts.setJwtCustomizer(
        (context) -> {
          bindToDPoPKey(context);
          platformClaims.customize(context);
        });
    return new DelegatingOAuth2TokenGenerator(
        jwts, new OAuth2AccessTokenGenerator(), new LoginBoundRefreshTokenGenerator());
  }

  /**
   * What the stock generator does for a token request with a DPoP proof, and a generator of our own
   * would otherwise lose: the access token is bound to the proof's key with the claim {@code
   * cnf.jkt} (RFC 9449 6.1), so it is useless without that key.
   */
  private static void bindToDPoPKey(JwtEncodingContext context) {
    Jwt proof = context.get(OAuth2TokenContext.DPOP_PROOF_KEY);
    if (proof == null || !OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      return;
    }
    if (!(proof.getHeaders().get("jwk") instanceof Map<?, ?> key)) {
      throw invalidDPoPProof(null);
    }
    try {
      @SuppressWarnings("unchecked")
      String thumbprint = JWK.parse((Map<String, Object>) key).computeThumbprint().toString();
      context.getClaims().claim("cnf", Map.of("jkt", thumbprint));
    } catch (ParseException | JOSEException ex) {
      throw invalidDPoPProof(ex);
    }
  }

  private static OAuth2AuthenticationException invalidDPoPProof(Exception cause) {
    return new OAuth2AuthenticationException(
        new OAuth2Error("invalid_dpop_proof", "jwk header is missing or invalid.", null), cause);
  }
}
