package io.github.ccsdk.core.spi;

import feign.RetryableException;
import feign.Retryer;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Applies a {@link RetryPolicy} inside Feign's retry loop. Feign clones it for every call, so the
 * attempt count is per call.
 *
 * <p>Feign hands it two kinds of {@link RetryableException}: one whose cause is an {@link
 * IOException} (the transport failed) and one whose cause is our {@link ApiException} (the {@link
 * CoreErrorDecoder} saw a retryable status). Anything else is not ours to judge and is not retried.
 * To give up it rethrows the exception; the invocation handler turns it into the API exception.
 */
final class CoreRetryer implements Retryer {
  private static final Set<String> IDEMPOTENT =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  private final RetryPolicy policy;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private int attempt = 1;

  CoreRetryer(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random) {
    this.policy = policy;
    this.backoff = backoff(policy);
    this.sleeper = sleeper;
    this.random = random;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (attempt >= policy.maxAttempts() || interrupted(e.getCause())) {
      throw e;
    }
    String method = e.method() != null ? e.method().name() : null;
    Throwable cause = e.getCause();
    Duration retryAfter = null;
    if (cause instanceof ApiException) {
      if (!isIdempotent(method)) {
        throw e;
      }
      retryAfter = ((ApiException) cause).details().retryAfter().orElse(null);
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        throw e; // waiting that long inside a call would look like a hang; let the caller decide
      }
    } else if (cause instanceof IOException) {
      if (!isIdempotent(method) && !neverSent(cause)) {
        throw e;
      }
    } else {
      throw e;
    }
    Duration wait = backoff.delay(attempt, random.getAsDouble());
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    attempt++;
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt(); // keep the signal for the caller, and stop retrying
      throw e;
    }
  }

  /**
   * True if the call was cut off by an interrupt (the transport's {@link InterruptedIOException},
   * or the flag still set): whoever interrupted wants the call to end, not to be tried again.
   * Timeouts are {@code InterruptedIOException}s too, and are not meant here.
   */
  static boolean interrupted(Throwable cause) {
    return Thread.currentThread().isInterrupted()
        || (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException));
  }

  /** A fresh retryer for one call, with the call's own policy if its options set one. */
  @Override
  public Retryer clone() {
    Call call = Call.current();
    RetryPolicy own = call != null ? call.options().retryPolicy().orElse(policy) : policy;
    return new CoreRetryer(own, sleeper, random);
  }

  /**
   * True if the failure happened before any byte of the request could reach the server, so that
   * even a POST is safe to repeat. Judged from the exception type because a {@link feign.Client} is
   * a black box; the connect-timeout message test covers {@code HttpURLConnection} ("Connect timed
   * out") and {@code java.net.http} ({@code HttpConnectTimeoutException}).
   */
  static boolean neverSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof PortUnreachableException
          || t.getClass().getName().equals("java.net.http.HttpConnectTimeoutException")) {
        return true;
      }
      if (t instanceof SocketTimeoutException
          && t.getMessage() != null
          && t.getMessage().toLowerCase(Locale.ROOT).contains("connect")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The waits between retries of {@code policy}: its bounds, with full jitter. */
  static Backoff backoff(RetryPolicy policy) {
    return Backoff.exponential(
        policy.initialBackoff(), policy.maxBackoff(), policy.multiplier(), 1.0);
  }

  /** Whether repeating a request of {@code method} cannot do something twice. */
  static boolean isIdempotent(String method) {
    return method != null && IDEMPOTENT.contains(method);
  }
}
