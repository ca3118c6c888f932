package io.github.ccsdk.core.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The builder's test seams for SDK test suites in other packages: record waits instead of sleeping
 * (the retries', and an SDK's own such as the ServicePattern event stream's backoff; jitter pinned
 * to zero unless set, so every recorded retry wait is a server's Retry-After), and set the clock
 * Retry-After dates are judged by.
 */
public final class FaultSeams {
  private FaultSeams() {}

  /** Waits are added to {@code sleeps}, nothing sleeps, and backoff without Retry-After is zero. */
  public static void recordSleeps(AbstractClientBuilder<?, ?> builder, List<Duration> sleeps) {
    builder.sleeper(sleeps::add);
    builder.random(() -> 0.0);
  }

  /** The random numbers in [0, 1) every backoff's jitter is drawn from. */
  public static void random(AbstractClientBuilder<?, ?> builder, DoubleSupplier random) {
    builder.random(random);
  }

  /** The clock the client judges Retry-After dates by. */
  public static void clock(AbstractClientBuilder<?, ?> builder, Clock clock) {
    builder.clock(clock);
  }
}
