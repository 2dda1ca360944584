package cn.gov.sh.tradesecret.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay ({@code platform.outbox.*}).
 *
 * @param pollInterval how often the relay looks for events it was not woken up for
 * @param batchSize events published per transaction
 * @param sendTimeout how long Kafka may take to acknowledge a batch
 * @param retryDelay pause after a failed batch (broker down)
 * @param retention how long published events stay in the table
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("200") int batchSize,
    @DefaultValue("15s") Duration sendTimeout,
    @DefaultValue("1s") Duration retryDelay,
    @DefaultValue("7d") Duration retention) {}
