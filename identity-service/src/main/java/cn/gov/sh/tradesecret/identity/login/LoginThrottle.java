package cn.gov.sh.tradesecret.identity.login;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts password logins per account and per client address in token buckets shared by every
 * instance: each login takes a token from both buckets, a successful one gives them back, so only
 * failures use them up. A bucket refills all at once at the end of each window (fixed windows, the
 * first starting when the bucket is first used), so the account's owner logs in again at the latest
 * one window after the guessing has stopped.
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
   * its failures.
   */
  public Optional<Duration> admit(String account, String address) {
    Bucket accountBucket = accountBucket(account);
    Bucket addressBucket = addressBucket(address);
    ConsumptionProbe byAccount = accountBucket.tryConsumeAndReturnRemaining(1);
    ConsumptionProbe byAddress = addressBucket.tryConsumeAndReturnRemaining(1);
    if (byAccount.isConsumed() && byAddress.isConsumed()) {
      return Optional.empty();
    }
    // A refused attempt counts against neither.
    if (byAccount.isConsumed()) {
      accountBucket.addTokens(1);
    }
    if (byAddress.isConsumed()) {
      addressBucket.addTokens(1);
    }
    return Optional.of(Duration.ofNanos(Math.max(wait(byAccount), wait(byAddress))));
  }

  /** A login that succeeded does not count against the account or the address. */
  public void succeeded(String account, String address) {
    accountBucket(account).addTokens(1);
    addressBucket(address).addTokens(1);
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

  private static long wait(ConsumptionProbe probe) {
    return probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill();
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
