package cn.gov.sh.tradesecret.notifications.replay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * History and replay ({@code platform.notifications.history.*}).
 *
 * @param retention how long events, and the messages made of them, are kept (at least the 90 days
 *     of replay)
 * @param maxEvents the most events one replay may queue; a larger span is asked for in parts
 */
@ConfigurationProperties("platform.notifications.history")
record ReplayProperties(
    @DefaultValue("180d") Duration retention, @DefaultValue("50000") int maxEvents) {}
