package cn.gov.sh.tradesecret.identity.signing;

import cn.gov.sh.tradesecret.identity.IdentityProperties;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The JWK source that signs access tokens and is published at {@code /oauth2/jwks}. Every instance
 * signs with the same key, which survives restarts: the one in {@code platform.identity.key-file}
 * when an operator configures it, else the one in the database ({@link SharedSigningKey}).
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

  @Bean
  JWKSource<SecurityContext> jwkSource(
      IdentityProperties properties, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
    RSAKey key =
        (properties.keyFile() != null)
            ? SigningKeys.persistentIn(properties.keyFile())
            : new SharedSigningKey(jdbc, clock.getIfAvailable(Clock::systemUTC)).obtain();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }

  /**
   * The user-info endpoint's check of access tokens: against this service's own keys, never the
   * resource-server settings that the other services share.
   */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
  }
}
