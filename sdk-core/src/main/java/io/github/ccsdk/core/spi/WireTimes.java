package io.github.ccsdk.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The wire encodings of times that specs mark with {@code x-ccsdk-time}: users pass {@link
 * Instant}s, the generated services send what the API wants. For generated code.
 */
public final class WireTimes {
  private WireTimes() {}

  /** {@code unix-seconds}: whole seconds since the epoch (sub-second parts cut off); null stays. */
  public static Long unixSeconds(Instant time) {
    return time == null ? null : time.getEpochSecond();
  }

  /**
   * {@code unix-range}: {@code <start>:<stop>} in whole Unix seconds.
   *
   * @throws IllegalArgumentException if {@code stop} is before {@code start}
   */
  public static String unixRange(Instant start, Instant stop) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(stop, "stop == null");
    if (stop.isBefore(start)) {
      throw new IllegalArgumentException("stop " + stop + " is before start " + start);
    }
    return start.getEpochSecond() + ":" + stop.getEpochSecond();
  }
}
