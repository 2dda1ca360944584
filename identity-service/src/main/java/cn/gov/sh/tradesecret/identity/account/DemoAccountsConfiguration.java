package cn.gov.sh.tradesecret.identity.account;

import java.util.Comparator;
import java.util.List;

import cn.gov.sh.tradesecret.identity.IdentityProperties;
import cn.gov.sh.tradesecret.identity.IdentityProperties.Account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Registers each demo account as a confidential client ({@code client_secret_basic}, client
 * credentials grant) and puts the platform claims into its access tokens.
 */
@Configuration(proxyBeanMethods = false)
class DemoAccountsConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(IdentityProperties properties,
			PasswordEncoder passwordEncoder) {
		// Hashed (salted per client, which the repository requires) so it never sits there in clear.
		List<RegisteredClient> clients = properties.accounts()
			.stream()
			.map((account) -> registeredClient(account, passwordEncoder.encode(properties.demoPassword()), properties))
			.toList();
		return new InMemoryRegisteredClientRepository(clients);
	}

	private static RegisteredClient registeredClient(Account account, String encodedSecret,
			IdentityProperties properties) {
		return RegisteredClient.withId(account.name())
			.clientId(account.name())
			.clientName(account.unit() + " " + account.name())
			.clientSecret(encodedSecret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTimeToLive()).build())
			.build();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(IdentityProperties properties) {
		return (context) -> {
			if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				return;
			}
			String clientId = context.getRegisteredClient().getClientId();
			Account account = properties.account(clientId)
				.orElseThrow(() -> new IllegalStateException("No demo account for client " + clientId));
			List<String> roles = account.roles().stream().sorted(Comparator.naturalOrder()).map(Role::name).toList();
			context.getClaims()
				.subject(account.name())
				.audience(List.of(properties.audience()))
				.claim(PlatformClaims.AGENCY, account.agency().name())
				.claim(PlatformClaims.UNIT, account.unit())
				.claim(PlatformClaims.JURISDICTION, account.jurisdiction())
				.claim(PlatformClaims.ROLES, roles);
		};
	}

}
