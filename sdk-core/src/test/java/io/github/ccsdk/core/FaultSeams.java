package io.github.ccsdk.core;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The builder's test seams for SDK test suites in other packages: record retry waits instead of
 * sleeping (backoff jitter pinned to zero, so every recorded wait is a server's Retry-After), and
 * set the clock Retry-After dates are judged by.
 */
public final class FaultSeams {
  private FaultSeams() {}

  /** Waits are added to {@code sleeps}, nothing sleeps, and backoff without Retry-After is zero. */
  public static void recordSleeps(AbstractClientBuilder<?, ?> builder, List<Duration> sleeps) {
    builder.sleeper(sleeps::add);
    builder.random(() -> 0.0);
  }

  /** The clock the client judges Retry-After dates by. */
  public static void clock(AbstractClientBuilder<?, ?> builder, Clock clock) {
    builder.clock(clock);
  }
}
