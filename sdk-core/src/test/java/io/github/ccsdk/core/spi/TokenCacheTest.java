package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.core.testing.Concurrently;
import io.github.ccsdk.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TokenCacheTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger fetches = new AtomicInteger();

  /** Tokens t1, t2, ... living {@code life} from now. */
  private TokenCache.Fetcher expiringIn(Duration life) {
    return () ->
        TokenCache.Token.expiringAt("t" + fetches.incrementAndGet(), clock.instant().plus(life));
  }

  @Test
  void fetchesOnceAndReusesUntilTheMarginBeforeExpiry() {
    TokenCache cache = TokenCache.create(expiringIn(Duration.ofHours(1)), clock);
    assertEquals("t1", cache.get());
    assertEquals("t1", cache.get());

    clock.advance(Duration.ofMinutes(59).minusSeconds(1));
    assertEquals("t1", cache.get());
    clock.advance(Duration.ofSeconds(1)); // one minute left: the default margin
    assertEquals("t2", cache.get());
    assertEquals(2, fetches.get());
  }

  @Test
  void aShortLivedTokenIsUsedForHalfItsLife() {
    TokenCache cache = TokenCache.create(expiringIn(Duration.ofSeconds(60)), clock);
    assertEquals("t1", cache.get());
    clock.advance(Duration.ofSeconds(29));
    assertEquals("t1", cache.get(), "a 60 s margin would have renewed it at once");
    clock.advance(Duration.ofSeconds(1));
    assertEquals("t2", cache.get());
  }

  @Test
  void aTokenWithoutExpiryIsKeptUntilRefused() {
    TokenCache cache =
        TokenCache.create(
            () -> TokenCache.Token.withoutExpiry("t" + fetches.incrementAndGet()), clock);
    assertEquals("t1", cache.get());
    clock.advance(Duration.ofDays(365));
    assertEquals("t1", cache.get());

    cache.invalidate("t1");
    assertEquals("t2", cache.get());
  }

  @Test
  void invalidatingAnOlderTokenKeepsTheNewOne() {
    TokenCache cache =
        TokenCache.create(
            () -> TokenCache.Token.withoutExpiry("t" + fetches.incrementAndGet()), clock);
    cache.get();
    cache.invalidate("t1");
    assertEquals("t2", cache.get());

    cache.invalidate("t1"); // a late refusal of the token already replaced
    assertEquals("t2", cache.get());
    assertEquals(2, fetches.get());
  }

  @Test
  void concurrentCallersShareOneFetch() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TokenCache cache =
        TokenCache.create(
            () -> {
              await(release);
              return TokenCache.Token.withoutExpiry("t" + fetches.incrementAndGet());
            },
            clock);

    Concurrently<String> callers = Concurrently.start(32, cache::get);
    callers.awaitParked(31, () -> fetches.get() > 0);
    release.countDown();

    for (String token : callers.results()) {
      assertEquals("t1", token);
    }
    assertEquals(1, fetches.get());
  }

  @Test
  void aFailedFetchFailsEveryWaiterWithItsExceptionAndTheNextCallTriesAgain() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    RuntimeException refused = new IllegalStateException("refused");
    AtomicInteger attempts = new AtomicInteger();
    TokenCache cache =
        TokenCache.create(
            () -> {
              if (attempts.incrementAndGet() == 1) {
                await(release);
                throw refused;
              }
              return TokenCache.Token.withoutExpiry("t2");
            },
            clock);

    Concurrently<String> callers = Concurrently.start(8, cache::get);
    // All 8: the fetcher waits on the latch, the others on its result. Counting 7 let a caller
    // still blocked on the cache's lock pass for a waiter, and fetch again after the failure.
    callers.awaitParked(8, () -> attempts.get() > 1);
    release.countDown();
    ExecutionException e = assertThrows(ExecutionException.class, callers::results);
    assertSame(refused, e.getCause());
    assertEquals(1, attempts.get(), "the waiters shared the failed fetch");

    assertEquals("t2", cache.get());
  }

  @Test
  void whenTheFetchingCallIsCancelledTheWaitersFetchAgain() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    TokenCache cache =
        TokenCache.create(
            () -> {
              if (attempts.incrementAndGet() == 1) {
                fetching.countDown();
                try {
                  new CountDownLatch(1).await(); // a token request that hangs
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException("interrupted", e);
                }
              }
              return TokenCache.Token.withoutExpiry("t2");
            },
            clock);
    java.util.concurrent.CompletableFuture<String> cancelled =
        new AsyncCalls(Threads.defaults("token-test")).call(cache::get);
    fetching.await();
    Concurrently<String> waiters = Concurrently.start(5, cache::get);
    waiters.awaitParked(5, () -> attempts.get() > 1);

    cancelled.cancel(true);

    assertEquals(java.util.List.of("t2", "t2", "t2", "t2", "t2"), waiters.results());
    assertEquals(2, attempts.get(), "one waiter fetched again, for all of them");
  }

  @Test
  void noTokenValueInToString() {
    TokenCache cache = TokenCache.create(expiringIn(Duration.ofHours(1)), clock);
    cache.get();
    assertFalse(cache.toString().contains("t1"), cache.toString());
    assertTrue(cache.toString().contains("REDACTED"), cache.toString());
    assertFalse(TokenCache.Token.withoutExpiry("secret").toString().contains("secret"));
  }

  @Test
  void emptyTokensAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TokenCache.Token.withoutExpiry(""));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
