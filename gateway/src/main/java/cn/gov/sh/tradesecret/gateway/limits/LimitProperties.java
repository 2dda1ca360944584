package cn.gov.sh.tradesecret.gateway.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the gateway ({@code platform.gateway.*}).
 *
 * @param rateLimit requests per account (token subject; the client address when there is no token)
 * @param allowedOrigins origins of the officers' console allowed to call the API from a browser
 */
@ConfigurationProperties("platform.gateway")
public record LimitProperties(
    @DefaultValue RateLimit rateLimit, @DefaultValue List<String> allowedOrigins) {

  /**
   * A token bucket per account.
   *
   * @param requestsPerSecond sustained rate
   * @param burst requests allowed at once
   * @param storeTimeout how long a request waits for its bucket in the database before it passes
   *     unlimited
   * @param unsynchronizedTokens how many tokens an instance may hand out from its own copy of an
   *     account's bucket before it reports them to the shared bucket: with several instances, an
   *     account may pass its limit by this many per instance (0: every request visits the database)
   * @param synchronizationInterval how long an instance answers from its own copy at most
   */
  public record RateLimit(
      @DefaultValue("20") int requestsPerSecond,
      @DefaultValue("40") int burst,
      @DefaultValue("1s") Duration storeTimeout,
      @DefaultValue("4") int unsynchronizedTokens,
      @DefaultValue("1s") Duration synchronizationInterval) {}
}
