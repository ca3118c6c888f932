package io.github.ccsdk.servicepattern;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** How the event stream waits after a failed poll: exponential backoff with jitter. */
final class EventPolling {
  /** The bound of the first wait. */
  static final Duration INITIAL = Duration.ofMillis(500);

  /** The bound of any wait. */
  static final Duration MAX = Duration.ofSeconds(30);

  /** Waits on a monitor so that {@code close()} can cut a wait short with {@code notifyAll}. */
  @FunctionalInterface
  interface Sleeper {
    /** Called holding {@code monitor}'s lock; waits about {@code duration} or until notified. */
    void sleep(Object monitor, Duration duration) throws InterruptedException;

    Sleeper SYSTEM =
        (monitor, duration) -> {
          long millis = Math.max(1, duration.toMillis());
          monitor.wait(millis);
        };
  }

  private final Sleeper sleeper;
  private final DoubleSupplier random;

  EventPolling(Sleeper sleeper, DoubleSupplier random) {
    this.sleeper = sleeper;
    this.random = random;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The wait after {@code failures} failed polls in a row (1 for the first): half of {@code
   * min(MAX, INITIAL * 2^(failures-1))} plus a random part of the other half, so that many clients
   * that failed together do not poll again in lockstep, yet none polls again at once.
   */
  Duration backoff(int failures) {
    double bound = INITIAL.toMillis() * Math.pow(2, Math.min(failures - 1, 30));
    double capped = Math.min(bound, MAX.toMillis());
    double jitter = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
    return Duration.ofMillis((long) (capped / 2 + capped / 2 * jitter));
  }
}
