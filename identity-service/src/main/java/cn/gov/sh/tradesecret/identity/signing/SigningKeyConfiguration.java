package cn.gov.sh.tradesecret.identity.signing;

import cn.gov.sh.tradesecret.identity.IdentityProperties;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JWK source that signs access tokens and is published at {@code /oauth2/jwks}; its key
 * survives restarts when {@code platform.identity.key-file} is set.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

  @Bean
  JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
    RSAKey key =
        (properties.keyFile() != null)
            ? SigningKeys.persistentIn(properties.keyFile())
            : SigningKeys.inMemory();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }
}
