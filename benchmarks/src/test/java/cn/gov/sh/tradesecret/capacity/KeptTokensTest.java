package cn.gov.sh.tradesecret.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptTokensTest {

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final KeptTokens tokens = new KeptTokens(nanos::get, Duration.ofMinutes(1));

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Test
  void theFirstCallerFetchesTheAccountsTokenAndTheOthersWaitForIt() {
    assertThat(tokens.claimFetch("songjiang-officer")).isTrue();
    assertThat(tokens.claimFetch("songjiang-officer")).isFalse();
    assertThat(tokens.current("songjiang-officer")).isEmpty();

    tokens.settle("songjiang-officer", "first", 1800);

    assertThat(tokens.current("songjiang-officer")).contains("first");
    assertThat(tokens.claimFetch("songjiang-officer")).isFalse();
  }

  @Test
  void theTokenIsKeptUntilAMinuteBeforeItExpiresThenFetchedOnceWhileItStillServes() {
    tokens.claimFetch("xuhui-police");
    tokens.settle("xuhui-police", "first", 1800);

    advance(Duration.ofSeconds(1800 - 61));
    assertThat(tokens.claimFetch("xuhui-police")).isFalse();

    advance(Duration.ofSeconds(2));
    assertThat(tokens.claimFetch("xuhui-police")).isTrue();
    assertThat(tokens.claimFetch("xuhui-police")).isFalse();
    assertThat(tokens.current("xuhui-police")).contains("first");

    tokens.settle("xuhui-police", "second", 1800);
    assertThat(tokens.current("xuhui-police")).contains("second");
    assertThat(tokens.claimFetch("xuhui-police")).isFalse();
  }

  @Test
  void aShortLivedTokenIsFetchedAgainHalfwayThroughItsLifetime() {
    tokens.claimFetch("songjiang-police");
    tokens.settle("songjiang-police", "short", 60);

    advance(Duration.ofSeconds(29));
    assertThat(tokens.claimFetch("songjiang-police")).isFalse();
    advance(Duration.ofSeconds(1));
    assertThat(tokens.claimFetch("songjiang-police")).isTrue();
  }

  @Test
  void aFailedFetchKeepsThePreviousTokenAndLetsTheNextCallerTryAgain() {
    tokens.claimFetch("pudong-officer");
    tokens.settle("pudong-officer", "first", 1800);
    advance(Duration.ofSeconds(1790));
    tokens.claimFetch("pudong-officer");

    tokens.settle("pudong-officer", null, 0);

    assertThat(tokens.current("pudong-officer")).contains("first");
    assertThat(tokens.claimFetch("pudong-officer")).isTrue();
  }

  @Test
  void aFailedFirstFetchLeavesNoTokenAndTheFetchOpen() {
    tokens.claimFetch("minhang-officer");

    tokens.settle("minhang-officer", null, 0);

    assertThat(tokens.current("minhang-officer")).isEmpty();
    assertThat(tokens.claimFetch("minhang-officer")).isTrue();
  }

  @Test
  void accountsAreKeptApart() {
    tokens.claimFetch("songjiang-officer");
    tokens.settle("songjiang-officer", "songjiang", 1800);

    assertThat(tokens.current("xuhui-officer")).isEmpty();
    assertThat(tokens.claimFetch("xuhui-officer")).isTrue();
    assertThat(tokens.current("songjiang-officer")).contains("songjiang");
  }

  @Test
  void settlingAFetchNobodyClaimedIsRefused() {
    assertThatThrownBy(() -> tokens.settle("songjiang-officer", "stray", 1800))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("songjiang-officer");

    tokens.claimFetch("songjiang-officer");
    tokens.settle("songjiang-officer", "first", 1800);
    assertThatThrownBy(() -> tokens.settle("songjiang-officer", "again", 1800))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ofManyConcurrentSittingsExactlyOneFetches() throws Exception {
    int sittings = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(sittings);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < sittings; i++) {
        claims.add(
            () -> {
              start.await();
              return tokens.claimFetch("songjiang-officer");
            });
      }
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (Callable<Boolean> claim : claims) {
        outcomes.add(threads.submit(claim));
      }
      start.countDown();
      int fetching = 0;
      for (Future<Boolean> outcome : outcomes) {
        fetching += outcome.get() ? 1 : 0;
      }
      assertThat(fetching).isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
  }
}
