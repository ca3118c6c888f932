package io.github.ccsdk.core.spi;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An expiring credential (an OAuth access token, an API token) fetched once and shared by every
 * caller of one client. Thread-safe.
 *
 * <p>Single flight: however many threads ask at once while no usable token is cached, exactly one
 * of them runs the {@link Fetcher}; the others wait for its result, or get its exception. A token
 * is renewed shortly before it expires: {@code refreshMargin} ahead of its expiry, but never
 * earlier than halfway through its lifetime, so a short-lived token is still used. A token without
 * an expiry is kept until {@link #invalidate(String)} says the server refused it.
 *
 * <p>Neither this class nor {@link Token} ever shows a token's value in {@code toString()}.
 */
public final class TokenCache {
  /** The margin used by {@link #create(Fetcher, Clock)}: renew one minute before expiry. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(1);

  /** Gets a new token from the server; throws the SDK's exception when that fails. */
  @FunctionalInterface
  public interface Fetcher {
    /** A new token; never null. */
    Token fetch();
  }

  /** A token and when it stops working. Immutable; its text never shows the value. */
  public static final class Token {
    private final String value;
    private final Instant expiresAt;

    private Token(String value, Instant expiresAt) {
      this.value = Objects.requireNonNull(value, "value == null");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("a token must not be empty");
      }
      this.expiresAt = expiresAt;
    }

    /** A token that stops working at {@code expiresAt}. */
    public static Token expiringAt(String value, Instant expiresAt) {
      return new Token(value, Objects.requireNonNull(expiresAt, "expiresAt == null"));
    }

    /** A token whose expiry the server did not say: kept until the server refuses it. */
    public static Token withoutExpiry(String value) {
      return new Token(value, null);
    }

    /** The secret itself. */
    public String value() {
      return value;
    }

    /** When the token stops working, if known. */
    public Optional<Instant> expiresAt() {
      return Optional.ofNullable(expiresAt);
    }

    @Override
    public String toString() {
      return "Token{value=REDACTED" + (expiresAt != null ? ", expiresAt=" + expiresAt : "") + '}';
    }
  }

  /** A cached token and the instant from which it is renewed (null: never, until refused). */
  private record Cached(Token token, Instant refreshAt) {}

  private final Fetcher fetcher;
  private final Clock clock;
  private final Duration refreshMargin;
  private final Object lock = new Object();

  // Guarded by lock; current is also read without it on the fast path, hence volatile.
  private volatile Cached current;
  private CompletableFuture<Cached> inFlight;

  private TokenCache(Fetcher fetcher, Clock clock, Duration refreshMargin) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(refreshMargin, "refreshMargin == null");
    if (refreshMargin.isNegative()) {
      throw new IllegalArgumentException("refreshMargin < 0: " + refreshMargin);
    }
    this.refreshMargin = refreshMargin;
  }

  /** A cache that renews tokens {@link #DEFAULT_REFRESH_MARGIN} before they expire. */
  public static TokenCache create(Fetcher fetcher, Clock clock) {
    return new TokenCache(fetcher, clock, DEFAULT_REFRESH_MARGIN);
  }

  /** A cache that renews tokens {@code refreshMargin} before they expire. */
  public static TokenCache create(Fetcher fetcher, Clock clock, Duration refreshMargin) {
    return new TokenCache(fetcher, clock, refreshMargin);
  }

  /**
   * A usable token's value: the cached one, or a new one when none is cached or it is due for
   * renewal. Throws whatever the fetcher throws (the SDK's exception); waiting callers get the same
   * exception as the caller that fetched.
   */
  public String get() {
    Cached cached = current;
    if (usable(cached)) {
      return cached.token().value();
    }
    CompletableFuture<Cached> flight;
    boolean mine = false;
    synchronized (lock) {
      cached = current;
      if (usable(cached)) {
        return cached.token().value();
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        mine = true;
      }
      flight = inFlight;
    }
    if (mine) {
      return fetchInto(flight).token().value();
    }
    Cached fetched;
    try {
      // Uninterruptible on purpose: the fetch is bounded by the HTTP timeouts, and an interrupted
      // waiter would have nothing sensible to return.
      fetched = flight.join();
    } catch (CompletionException e) {
      throw rethrow(e.getCause() != null ? e.getCause() : e);
    }
    if (fetched == null) {
      // The fetching caller was interrupted (say, its async call cancelled): that failure is its
      // own, not the server's answer, so the waiters ask again and one of them fetches.
      return get();
    }
    return fetched.token().value();
  }

  /**
   * Tells the cache the server refused {@code rejected}. If that is still the cached token it is
   * dropped, so the next {@link #get()} fetches a new one; if the cache already holds a newer token
   * (another caller renewed it first) nothing happens, so many refused calls cause one renewal.
   */
  public void invalidate(String rejected) {
    Objects.requireNonNull(rejected, "rejected == null");
    synchronized (lock) {
      Cached cached = current;
      if (cached != null && cached.token().value().equals(rejected)) {
        current = null;
      }
    }
  }

  private Cached fetchInto(CompletableFuture<Cached> flight) {
    Instant asked = clock.instant();
    Cached fetched;
    try {
      Token token = fetcher.fetch();
      if (token == null) {
        throw new IllegalStateException("the token fetcher returned null");
      }
      fetched = new Cached(token, refreshAt(asked, token));
    } catch (RuntimeException | Error e) {
      synchronized (lock) {
        inFlight = null;
      }
      if (interrupted(e)) {
        flight.complete(null); // see get(): the waiters try again
      } else {
        flight.completeExceptionally(e);
      }
      throw e;
    }
    synchronized (lock) {
      current = fetched;
      inFlight = null;
    }
    flight.complete(fetched);
    return fetched;
  }

  /** Whether a fetch failed because its thread was interrupted, not because of the server. */
  private static boolean interrupted(Throwable failure) {
    if (Thread.currentThread().isInterrupted()) {
      return true;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException
          || t instanceof ClosedByInterruptException
          || (t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counted from when the token was asked for, not when it arrived: the server's clock started then
   * at the latest, so the token cannot outlive our estimate.
   */
  private Instant refreshAt(Instant asked, Token token) {
    if (token.expiresAt == null) {
      return null;
    }
    Duration life = Duration.between(asked, token.expiresAt);
    if (life.isNegative() || life.isZero()) {
      return asked; // already expired: usable for this one caller, renewed by the next
    }
    Duration half = life.dividedBy(2);
    return token.expiresAt.minus(refreshMargin.compareTo(half) < 0 ? refreshMargin : half);
  }

  private boolean usable(Cached cached) {
    return cached != null
        && (cached.refreshAt() == null || clock.instant().isBefore(cached.refreshAt()));
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    throw new IllegalStateException("the token fetch failed", t); // fetchers throw unchecked only
  }

  /** Whether a token is cached; never its value. */
  @Override
  public String toString() {
    Cached cached = current;
    return "TokenCache{"
        + (cached == null
            ? "empty"
            : "token=" + cached.token() + ", refreshAt=" + cached.refreshAt())
        + '}';
  }
}
