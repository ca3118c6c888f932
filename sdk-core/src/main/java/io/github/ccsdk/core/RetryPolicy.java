package io.github.ccsdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a client repeats a failed call, and how long it waits in between. Immutable.
 *
 * <p>The rules: a call is attempted at most {@link #maxAttempts()} times in all. A response with a
 * status in {@link #retryableStatuses()} is retried only for idempotent methods (GET, HEAD, PUT,
 * DELETE, OPTIONS, TRACE): repeating a POST could create something twice. An I/O failure is retried
 * for idempotent methods, and for any method when the request never left (connection refused,
 * connect timeout, unknown host). The wait before retry {@code n} is random between zero and {@code
 * min(maxBackoff, initialBackoff * multiplier^(n-1))} ("full jitter", so that many clients do not
 * retry in lockstep), or the server's {@code Retry-After} if that is longer; when the server asks
 * for more than {@link #maxRetryAfter()}, the call fails at once instead.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = new Builder().build();
  private static final RetryPolicy NONE = new Builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final Set<Integer> retryableStatuses;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.retryableStatuses = Collections.unmodifiableSet(new TreeSet<>(b.retryableStatuses));
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /** 3 attempts, 200 ms doubling up to 5 s, statuses 429, 502, 503, 504, Retry-After up to 30 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt: never retry. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The upper bound of the first wait. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The upper bound of any wait computed from the backoff. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** How much the bound grows per retry. */
  public double multiplier() {
    return multiplier;
  }

  /** The HTTP statuses worth retrying (for idempotent methods). */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /** The longest {@code Retry-After} the client waits for; beyond it the call fails at once. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy p = (RetryPolicy) o;
    return maxAttempts == p.maxAttempts
        && initialBackoff.equals(p.initialBackoff)
        && maxBackoff.equals(p.maxBackoff)
        && Double.compare(multiplier, p.multiplier) == 0
        && retryableStatuses.equals(p.retryableStatuses)
        && maxRetryAfter.equals(p.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxAttempts, initialBackoff, maxBackoff, multiplier, retryableStatuses, maxRetryAfter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", multiplier="
        + multiplier
        + ", retryableStatuses="
        + retryableStatuses
        + ", maxRetryAfter="
        + maxRetryAfter
        + '}';
  }

  /** Builds a {@link RetryPolicy}; every setting starts at its default. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double multiplier = 2.0;
    private Set<Integer> retryableStatuses = Set.of(429, 502, 503, 504);
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    private Builder() {}

    private Builder(RetryPolicy p) {
      this.maxAttempts = p.maxAttempts;
      this.initialBackoff = p.initialBackoff;
      this.maxBackoff = p.maxBackoff;
      this.multiplier = p.multiplier;
      this.retryableStatuses = p.retryableStatuses;
      this.maxRetryAfter = p.maxRetryAfter;
    }

    /** Attempts in all, the first included; at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The upper bound of the first wait; zero or more. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** The upper bound of any backoff wait; zero or more. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** How much the bound grows per retry; at least 1. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be finite and >= 1: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** The statuses worth retrying, each 100..599. */
    public Builder retryableStatuses(Set<Integer> statuses) {
      Objects.requireNonNull(statuses, "statuses == null");
      for (Integer s : statuses) {
        if (s == null || s < 100 || s > 599) {
          throw new IllegalArgumentException("not an HTTP status: " + s);
        }
      }
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /** The longest Retry-After to wait for; zero or more. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException(
            "maxBackoff " + maxBackoff + " is less than initialBackoff " + initialBackoff);
      }
      return new RetryPolicy(this);
    }
  }

  /** {@code d}, checked to be zero or more; {@code name} is for the message. */
  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " < 0: " + d);
    }
    return d;
  }
}
