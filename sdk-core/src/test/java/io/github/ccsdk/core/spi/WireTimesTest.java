package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireTimesTest {
  @Test
  void unixSecondsCutsOffTheSubSecondPart() {
    assertEquals(1510617600L, WireTimes.unixSeconds(Instant.parse("2017-11-14T00:00:00.999Z")));
    assertNull(WireTimes.unixSeconds(null), "unset stays unset");
  }

  @Test
  void unixRangeIsStartColonStop() {
    assertEquals(
        "1501080575:1501084175",
        WireTimes.unixRange(
            Instant.parse("2017-07-26T14:49:35Z"), Instant.parse("2017-07-26T15:49:35.900Z")));
    assertThrows(
        IllegalArgumentException.class,
        () -> WireTimes.unixRange(Instant.ofEpochSecond(2), Instant.ofEpochSecond(1)));
  }
}
