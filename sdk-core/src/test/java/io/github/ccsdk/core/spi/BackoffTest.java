package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static Backoff backoff(double jitter) {
    return Backoff.exponential(Duration.ofMillis(100), Duration.ofMillis(350), 2.0, jitter);
  }

  @Test
  void theBoundGrowsByTheMultiplierUpToMax() {
    Backoff none = backoff(0.0); // no jitter: every wait is its bound
    assertEquals(Duration.ofMillis(100), none.delay(1, 0.7));
    assertEquals(Duration.ofMillis(200), none.delay(2, 0.7));
    assertEquals(Duration.ofMillis(350), none.delay(3, 0.7), "capped at max");
    assertEquals(Duration.ofMillis(350), none.delay(Integer.MAX_VALUE, 0.7), "no overflow");
    assertEquals(Duration.ofMillis(100), none.delay(0, 0.7), "attempts below 1 count as 1");
  }

  @Test
  void fullJitterIsAnythingFromZeroToTheBound() {
    Backoff full = backoff(1.0);
    assertEquals(Duration.ZERO, full.delay(1, 0.0));
    assertEquals(Duration.ofMillis(50), full.delay(1, 0.5));
    assertEquals(Duration.ofMillis(100), full.delay(2, 0.5));
    assertEquals(Duration.ofMillis(175), full.delay(3, 0.5));
    Duration almost = full.delay(1, 0.999);
    assertTrue(almost.compareTo(Duration.ofMillis(99)) >= 0, almost.toString());
    assertTrue(almost.compareTo(Duration.ofMillis(100)) < 0, almost.toString());
  }

  @Test
  void halfJitterWaitsAtLeastHalfTheBound() {
    Backoff half = backoff(0.5);
    assertEquals(Duration.ofMillis(50), half.delay(1, 0.0));
    assertEquals(Duration.ofMillis(75), half.delay(1, 0.5));
    assertEquals(Duration.ofMillis(150), half.delay(2, 0.5));
    assertEquals(Duration.ofMillis(175), half.delay(30, 0.0));
  }

  @Test
  void randomNumbersOutsideZeroToOneAreClamped() {
    Backoff full = backoff(1.0);
    assertEquals(Duration.ZERO, full.delay(1, -3.0));
    assertEquals(Duration.ofMillis(100), full.delay(1, 7.0));
    assertEquals(Duration.ofMillis(50), backoff(0.5).delay(1, Double.NaN), "NaN counts as 0");
  }

  @Test
  void maxBelowInitialCapsEveryWait() {
    Backoff b = Backoff.exponential(Duration.ofSeconds(1), Duration.ofMillis(10), 3.0, 0.0);
    assertEquals(Duration.ofMillis(10), b.delay(1, 0.0));
    assertEquals(Duration.ofMillis(10), b.delay(5, 0.0));
  }

  @Test
  void veryLongDurationsDoNotOverflow() {
    Backoff b =
        Backoff.exponential(Duration.ofDays(365 * 1000L), Duration.ofDays(365 * 1000L), 1.0, 0.0);
    assertTrue(b.delay(1, 0.0).toDays() > 365 * 200L, "saturates near Long.MAX_VALUE nanos");
  }

  @Test
  void validation() {
    Duration s = Duration.ofSeconds(1);
    assertThrows(NullPointerException.class, () -> Backoff.exponential(null, s, 2, 1));
    assertThrows(NullPointerException.class, () -> Backoff.exponential(s, null, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(s.negated(), s, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(s, s.negated(), 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(s, s, 0.9, 1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(s, s, Double.NaN, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Backoff.exponential(s, s, Double.POSITIVE_INFINITY, 1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(s, s, 2, -0.1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(s, s, 2, 1.1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(s, s, 2, Double.NaN));
  }

  @Test
  void valueSemantics() {
    assertEquals(backoff(0.5), backoff(0.5));
    assertEquals(backoff(0.5).hashCode(), backoff(0.5).hashCode());
    assertNotEquals(backoff(0.5), backoff(1.0));
    assertEquals(
        "Backoff{initial=PT0.1S, max=PT0.35S, multiplier=2.0, jitter=0.5}",
        backoff(0.5).toString());
  }
}
