package cn.gov.sh.tradesecret.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the platform accepts of its issuer's tokens ({@code platform.security.*}).
 *
 * @param maxTokenLifetime the longest {@code exp - iat} an access token may have; identity-service
 *     issues tokens for less
 */
@ConfigurationProperties("platform.security")
record TokenProperties(@DefaultValue("1h") Duration maxTokenLifetime) {}
