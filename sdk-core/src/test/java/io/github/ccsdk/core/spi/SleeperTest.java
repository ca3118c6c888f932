package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The one sleep seam. A broken wait hangs rather than fails, so the class has a time limit. */
@Timeout(60)
class SleeperTest {
  @Test
  void systemReturnsAtOnceForZeroOrLess() throws Exception {
    Object monitor = new Object();
    synchronized (monitor) {
      // wait(0) would wait until notified, which nobody does: the test would hang.
      Sleeper.SYSTEM.sleep(monitor, Duration.ZERO);
      Sleeper.SYSTEM.sleep(monitor, Duration.ofMillis(-5));
    }
    Sleeper.SYSTEM.sleep(Duration.ZERO);
    Sleeper.SYSTEM.sleep(Duration.ofMillis(-5));
  }

  @Test
  void systemWaitsAtLeastAMillisecondForLessThanOne() throws Exception {
    Object monitor = new Object();
    synchronized (monitor) {
      Sleeper.SYSTEM.sleep(monitor, Duration.ofNanos(1)); // not wait(0): it returns
    }
    Sleeper.SYSTEM.sleep(Duration.ofNanos(1));
  }

  @Test
  void aNotifyOnTheMonitorCutsASystemWaitShort() throws Exception {
    Object monitor = new Object();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread waiter =
        new Thread(
            () -> {
              synchronized (monitor) {
                try {
                  Sleeper.SYSTEM.sleep(monitor, Duration.ofDays(1));
                } catch (Throwable t) {
                  failure.set(t);
                }
              }
            });
    waiter.start();
    // TIMED_WAITING only inside wait(): the waiter has released the lock and will see the notify.
    while (waiter.getState() != Thread.State.TIMED_WAITING) {
      Thread.onSpinWait();
    }
    synchronized (monitor) {
      monitor.notifyAll();
    }
    waiter.join(); // without the notify this would take a day (and hit the time limit)
    assertNull(failure.get());
  }

  @Test
  void aReplacementOnlyImplementsSleepAndServesMonitorWaitsToo() throws Exception {
    List<Duration> sleeps = new ArrayList<>();
    Sleeper recording = sleeps::add;
    Object monitor = new Object();
    synchronized (monitor) {
      recording.sleep(monitor, Duration.ofSeconds(2));
    }
    recording.sleep(Duration.ofSeconds(1));
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(1)), sleeps);
  }
}
