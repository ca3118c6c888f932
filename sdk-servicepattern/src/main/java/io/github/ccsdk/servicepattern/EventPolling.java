package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.spi.Backoff;
import io.github.ccsdk.core.spi.Sleeper;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.function.DoubleSupplier;

/**
 * How the event stream runs: its threads (the builder's thread factory) and its waits after a
 * failed poll (the runtime's {@link Backoff} and {@link Sleeper}, with the stream's own bounds).
 */
final class EventPolling {
  /**
   * Bounds of 500 ms doubling up to 30 s; half of each wait is fixed and half random, so that many
   * clients that failed together do not poll again in lockstep, yet none polls again at once.
   */
  static final Backoff BACKOFF =
      Backoff.exponential(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.5);

  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final ThreadFactory threads;

  EventPolling(Sleeper sleeper, DoubleSupplier random, ThreadFactory threads) {
    this.sleeper = sleeper;
    this.random = random;
    this.threads = threads;
  }

  /** A thread for a stream's poller or a listener's dispatcher, not yet started. */
  Thread thread(Runnable task) {
    return threads.newThread(task);
  }

  /** Waits on the stream's lock, so that {@code close()} can cut a wait short. */
  Sleeper sleeper() {
    return sleeper;
  }

  /** The wait after {@code failures} failed polls in a row (1 for the first). */
  Duration backoff(int failures) {
    return BACKOFF.delay(failures, random.getAsDouble());
  }
}
