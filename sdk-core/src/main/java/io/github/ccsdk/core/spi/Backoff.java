package io.github.ccsdk.core.spi;

import io.github.ccsdk.core.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff with jitter: how long to wait before repeating something that failed.
 * Immutable.
 *
 * <p>The wait before repeat {@code n} (1 for the first) has the bound {@code min(max, initial *
 * multiplier^(n-1))}; of that bound, the share {@code 1 - jitter} is fixed and the share {@code
 * jitter} is random. A jitter of 1 is "full jitter" (anything from zero to the bound: many clients
 * that failed together do not repeat in lockstep); 0.5 waits at least half the bound, so that none
 * repeats at once.
 *
 * <p>The one backoff of the runtime: {@link RetryPolicy} waits with it between retries (full
 * jitter), and SDKs use it for their own repeated calls (the ServicePattern event stream's polls).
 * Public for those SDKs; users set the retry waits through {@link RetryPolicy}.
 */
public final class Backoff {
  private final Duration initial;
  private final Duration max;
  private final double multiplier;
  private final double jitter;

  private Backoff(Duration initial, Duration max, double multiplier, double jitter) {
    this.initial = initial;
    this.max = max;
    this.multiplier = multiplier;
    this.jitter = jitter;
  }

  /**
   * A backoff whose bound starts at {@code initial} and grows by {@code multiplier} per repeat up
   * to {@code max}, with the share {@code jitter} of each wait random.
   *
   * @param initial the bound of the first wait; zero or more
   * @param max the bound of any wait; zero or more (below {@code initial} it caps the first wait
   *     too)
   * @param multiplier how much the bound grows per repeat; finite and at least 1
   * @param jitter the random share of each wait, from 0 (no randomness) to 1 (full jitter)
   * @throws IllegalArgumentException if a value is out of its range
   */
  public static Backoff exponential(
      Duration initial, Duration max, double multiplier, double jitter) {
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be from 0 to 1: " + jitter);
    }
    return new Backoff(
        nonNegative(initial, "initial"), nonNegative(max, "max"), multiplier(multiplier), jitter);
  }

  /** The bound of the first wait. */
  public Duration initial() {
    return initial;
  }

  /** The bound of any wait. */
  public Duration max() {
    return max;
  }

  /** How much the bound grows per repeat. */
  public double multiplier() {
    return multiplier;
  }

  /** The random share of each wait: 0 none, 1 all of it. */
  public double jitter() {
    return jitter;
  }

  /**
   * The wait before repeat {@code attempt} (1 for the first; less counts as 1), given a random
   * number in [0, 1) (one outside, or NaN, is clamped to it).
   */
  public Duration delay(int attempt, double random) {
    double growth = Math.pow(multiplier, Math.max(0, attempt - 1)); // may be infinite: capped next
    double bound = Math.min(nanos(initial) * growth, nanos(max));
    double share = random >= 0.0 ? Math.min(random, 1.0) : 0.0; // NaN too: clamped to 0
    return Duration.ofNanos((long) (bound * (1.0 - jitter) + bound * jitter * share));
  }

  private static double nanos(Duration d) {
    return d.getSeconds() * 1e9 + d.getNano(); // a double: no overflow for very long durations
  }

  /** {@code d}, checked to be zero or more; {@code name} is for the message. */
  static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " < 0: " + d);
    }
    return d;
  }

  /** {@code multiplier}, checked to be finite and at least 1. */
  static double multiplier(double multiplier) {
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be finite and >= 1: " + multiplier);
    }
    return multiplier;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Backoff)) {
      return false;
    }
    Backoff b = (Backoff) o;
    return initial.equals(b.initial)
        && max.equals(b.max)
        && Double.compare(multiplier, b.multiplier) == 0
        && Double.compare(jitter, b.jitter) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(initial, max, multiplier, jitter);
  }

  @Override
  public String toString() {
    return "Backoff{initial="
        + initial
        + ", max="
        + max
        + ", multiplier="
        + multiplier
        + ", jitter="
        + jitter
        + '}';
  }
}
