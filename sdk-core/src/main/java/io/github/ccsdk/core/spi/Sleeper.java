package io.github.ccsdk.core.spi;

import java.time.Duration;

/**
 * Waits between attempts: the runtime's one sleep seam, used by the retries and by the waits SDKs
 * add of their own (the ServicePattern event stream's backoff between failed polls; get it from
 * {@link AbstractClientBuilder#sleeper()}). Tests replace it so that nothing really sleeps.
 *
 * <p>Public for the SDKs; users have no use for it.
 */
@FunctionalInterface
public interface Sleeper {
  /** Really waits: {@link Thread#sleep}, or {@link Object#wait} on the given monitor. */
  Sleeper SYSTEM =
      new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
          if (isPositive(duration)) {
            Thread.sleep(duration.toMillis(), duration.getNano() % 1_000_000);
          }
        }

        @Override
        public void sleep(Object monitor, Duration duration) throws InterruptedException {
          if (isPositive(duration)) {
            // Never wait(0): that would wait until notified; below a millisecond it waits one.
            monitor.wait(duration.toMillis(), duration.getNano() % 1_000_000);
          }
        }

        @Override
        public String toString() {
          return "Sleeper.SYSTEM";
        }
      };

  /** Waits {@code duration}; returns at once for zero or less. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits about {@code duration} on {@code monitor}, whose lock the caller holds, so that a {@code
   * notifyAll} on it (a {@code close()}) can cut the wait short; the caller checks afterwards why
   * it woke. The default calls {@link #sleep(Duration)} still holding the lock, which suits a
   * replacement that does not really wait.
   */
  default void sleep(Object monitor, Duration duration) throws InterruptedException {
    sleep(duration);
  }

  private static boolean isPositive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }
}
