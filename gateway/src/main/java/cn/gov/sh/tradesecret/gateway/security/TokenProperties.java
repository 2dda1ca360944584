package cn.gov.sh.tradesecret.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the platform accepts of its issuer's tokens ({@code platform.security.*}).
 *
 * @param maxTokenLifetime the longest {@code exp - iat} an access token may have; identity-service
 *     issues tokens for less
 * @param validatedTokens how many validated tokens the gateway remembers ({@link ValidatedTokens}):
 *     enough for every officer's current token
 * @param validatedTokenAge how long a validated token is remembered before it is checked again
 */
@ConfigurationProperties("platform.security")
record TokenProperties(
    @DefaultValue("1h") Duration maxTokenLifetime,
    @DefaultValue("2000") int validatedTokens,
    @DefaultValue("5m") Duration validatedTokenAge) {}
