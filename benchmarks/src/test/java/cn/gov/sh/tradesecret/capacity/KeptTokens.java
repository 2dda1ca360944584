package cn.gov.sh.tradesecret.capacity;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Each account's access token kept for its lifetime, as the console and the agencies' systems keep
 * theirs: fetched once, used by every sitting of the account, fetched again shortly before it
 * expires ({@code refreshBefore} ahead, at most half its lifetime). At most one fetch per account
 * is under way at a time: the caller that {@link #claimFetch claims} it fetches and {@link #settle
 * settles}; the others use the token still valid meanwhile, or wait for the first one. Thread-safe.
 */
final class KeptTokens {

  private record Token(String value, long refreshAtNanos) {}

  private static final class Kept {
    final AtomicReference<Token> token = new AtomicReference<>();
    final AtomicBoolean fetching = new AtomicBoolean();
  }

  private final ConcurrentHashMap<String, Kept> byAccount = new ConcurrentHashMap<>();
  private final LongSupplier nanoTime;
  private final long refreshBeforeNanos;

  /**
   * @param nanoTime a monotonic time in nanoseconds ({@code System::nanoTime}): a lifetime is
   *     counted from the fetch, whatever the wall clock does meanwhile
   */
  KeptTokens(LongSupplier nanoTime, Duration refreshBefore) {
    this.nanoTime = nanoTime;
    this.refreshBeforeNanos = refreshBefore.toNanos();
  }

  /**
   * Whether the caller is to fetch {@code account}'s token now: there is none yet, or it is due for
   * refresh, and no other fetch of the account is under way. Whoever gets {@code true} must {@link
   * #settle} the fetch, whatever its outcome.
   */
  boolean claimFetch(String account) {
    Kept kept = byAccount.computeIfAbsent(account, any -> new Kept());
    Token token = kept.token.get();
    boolean due = token == null || nanoTime.getAsLong() - token.refreshAtNanos() >= 0;
    return due && kept.fetching.compareAndSet(false, true);
  }

  /**
   * Ends the claimed fetch of {@code account}: keeps {@code token}, valid for {@code
   * expiresInSeconds} from now, or, when the fetch failed ({@code null}), keeps the previous one
   * and lets the next caller claim a fetch again.
   */
  void settle(String account, String token, long expiresInSeconds) {
    Kept kept = byAccount.get(account);
    if (kept == null || !kept.fetching.get()) {
      throw new IllegalStateException("no fetch of " + account + "'s token was claimed");
    }
    if (token != null) {
      long lifetime = Duration.ofSeconds(expiresInSeconds).toNanos();
      long keptFor = lifetime - Math.min(refreshBeforeNanos, lifetime / 2);
      kept.token.set(new Token(token, nanoTime.getAsLong() + keptFor));
    }
    kept.fetching.set(false);
  }

  /** The account's token to use now: the latest fetched, none before the first fetch settled. */
  Optional<String> current(String account) {
    Kept kept = byAccount.get(account);
    return kept == null
        ? Optional.empty()
        : Optional.ofNullable(kept.token.get()).map(Token::value);
  }
}
