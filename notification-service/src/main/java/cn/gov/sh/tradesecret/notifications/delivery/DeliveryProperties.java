package cn.gov.sh.tradesecret.notifications.delivery;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code platform.notifications.delivery.*}).
 *
 * @param schedule delay before each attempt, the first usually zero; after the last one fails the
 *     message is a dead letter (Standard Webhooks: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
 *     14 h, 20 h, 24 h)
 * @param jitter up to this fraction of a delay is added at random, so retries spread out
 * @param workers concurrent delivery workers of this instance
 * @param pollInterval how often a worker looks for due retries when nothing woke it
 * @param connectTimeout TCP connect timeout of an attempt
 * @param requestTimeout time an endpoint has to answer
 * @param disableAfter an endpoint whose attempts all failed for this long is disabled, its owner
 *     told
 * @param maxRetryAfter a Retry-After of a 429 or 503 is respected up to this
 */
@ConfigurationProperties("platform.notifications.delivery")
record DeliveryProperties(
    @DefaultValue({"0s", "5s", "5m", "30m", "2h", "5h", "10h", "14h", "20h", "24h"})
        List<Duration> schedule,
    @DefaultValue("0.2") double jitter,
    @DefaultValue("4") int workers,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("15s") Duration requestTimeout,
    @DefaultValue("5d") Duration disableAfter,
    @DefaultValue("24h") Duration maxRetryAfter) {}
