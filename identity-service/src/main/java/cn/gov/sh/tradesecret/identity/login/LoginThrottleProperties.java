package cn.gov.sh.tradesecret.identity.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed password logins are allowed, bound from {@code platform.identity.login-throttle}.
 *
 * @param accountFailures failed logins allowed for one account in a window
 * @param addressFailures failed logins allowed from one client address in a window, whatever the
 *     account (more: the officers of one office may share an address)
 * @param window how long failures are remembered: the allowance comes back whole at the end of each
 *     window, the first starting at the first login the bucket sees
 */
@ConfigurationProperties("platform.identity.login-throttle")
public record LoginThrottleProperties(
    @DefaultValue("5") int accountFailures,
    @DefaultValue("20") int addressFailures,
    @DefaultValue("15m") Duration window) {

  public LoginThrottleProperties {
    if (accountFailures < 1 || addressFailures < 1) {
      throw new IllegalArgumentException(
          "platform.identity.login-throttle: account-failures and address-failures must be positive");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "platform.identity.login-throttle.window must be positive");
    }
  }
}
