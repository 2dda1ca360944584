package cn.gov.sh.tradesecret.notifications.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook endpoints ({@code platform.notifications.webhooks.*}).
 *
 * @param rotationOverlap how long the previous secret keeps signing after a rotation
 * @param allowedNetworks CIDR blocks an endpoint may point to although they are loopback, private,
 *     link-local, ... (an agency's intranet range; loopback for a local platform). Empty by
 *     default: endpoints must be on public addresses.
 */
@ConfigurationProperties("platform.notifications.webhooks")
record WebhookProperties(
    @DefaultValue("24h") Duration rotationOverlap, @DefaultValue List<String> allowedNetworks) {}
