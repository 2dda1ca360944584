package cn.gov.sh.tradesecret.console.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the console, bound from {@code platform.console}.
 *
 * @param gatewayUri where the console calls the APIs (the gateway), with the officer's token
 * @param issuerUri identity-service, where officers log in: the {@code iss} of their tokens and the
 *     address their browsers reach it at
 * @param clientId the console's registration at identity-service (a public client, PKCE)
 */
@ConfigurationProperties("platform.console")
public record ConsoleProperties(
    @DefaultValue("http://localhost:8080") URI gatewayUri,
    @DefaultValue("http://localhost:9000") URI issuerUri,
    @DefaultValue("officer-console") String clientId) {

  /** An endpoint of identity-service. */
  String identity(String path) {
    return issuerUri.toString().replaceAll("/+$", "") + path;
  }
}
