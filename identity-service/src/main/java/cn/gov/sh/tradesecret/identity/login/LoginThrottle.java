package cn.gov.sh.tradesecret.identity.login;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed password logins per account and per client address in token buckets shared by every
 * instance: a login is admitted while both buckets have a token left, and only a failed one takes a
 * token from each. Nothing is taken before the password is checked, so any number of logins with
 * the right password may run at once (an agency system's concurrent token requests); failures that
 * were admitted together run both buckets into debt, which the next window pays off. A bucket
 * refills all at once at the end of each window (fixed windows, the first starting when the bucket
 * is first used), so the account's owner logs in again at the latest one window after the guessing
 * has stopped.
 */
public final class LoginThrottle {

  private final ProxyManager<String> buckets;
  private final BucketConfiguration perAccount;
  private final BucketConfiguration perAddress;

  LoginThrottle(ProxyManager<String> buckets, LoginThrottleProperties properties) {
    this.buckets = buckets;
    this.perAccount = allowing(properties.accountFailures(), properties.window());
    this.perAddress = allowing(properties.addressFailures(), properties.window());
  }

  /**
   * Admits a login attempt, or says how long to wait when the account or the address has used up
   * its failures. Takes nothing: an admitted login counts only if it then {@link #failed fails}.
   */
  public Optional<Duration> admit(String account, String address) {
    EstimationProbe byAccount = accountBucket(account).estimateAbilityToConsume(1);
    EstimationProbe byAddress = addressBucket(address).estimateAbilityToConsume(1);
    if (byAccount.canBeConsumed() && byAddress.canBeConsumed()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(Math.max(wait(byAccount), wait(byAddress))));
  }

  /**
   * A login that failed counts against the account and the address, even when others admitted at
   * the same time have already used up their failures.
   */
  public void failed(String account, String address) {
    accountBucket(account).consumeIgnoringRateLimits(1);
    addressBucket(address).consumeIgnoringRateLimits(1);
  }

  /**
   * One bucket per account however it is typed: the login trims the name, the users ignore case.
   */
  private Bucket accountBucket(String account) {
    return this.buckets.getProxy(
        "account:" + digest(account.trim().toLowerCase(Locale.ROOT)), () -> this.perAccount);
  }

  private Bucket addressBucket(String address) {
    return this.buckets.getProxy("address:" + digest(address), () -> this.perAddress);
  }

  private static long wait(EstimationProbe probe) {
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  private static BucketConfiguration allowing(int failures, Duration window) {
    return BucketConfiguration.builder()
        .addLimit((limit) -> limit.capacity(failures).refillIntervally(failures, window))
        .build();
  }

  /** A wait in whole seconds, as Retry-After says it: rounded up, at least one. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** Fixed-length keys whatever was typed as the account name (any length, any character). */
  private static String digest(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
