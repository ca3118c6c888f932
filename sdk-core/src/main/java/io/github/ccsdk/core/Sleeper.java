package io.github.ccsdk.core;

import java.time.Duration;

/** Waits between retries; tests replace it so they never really sleep. */
@FunctionalInterface
interface Sleeper {
  Sleeper SYSTEM =
      d -> {
        if (!d.isNegative() && !d.isZero()) {
          Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
