package io.github.ccsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccsdk.core.spi.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void knownValuesAreTheConstants() {
    assertSame(VisitorStatus.CHATTING, VisitorStatus.of("chatting"));
    assertEquals(VisitorStatus.Known.CHATTING, VisitorStatus.of("chatting").known());
    assertTrue(VisitorStatus.CHATTING.isKnown());
    assertEquals("chatting", VisitorStatus.CHATTING.toString());
  }

  @Test
  void unknownValuesAreKept() {
    VisitorStatus s = VisitorStatus.of("Chatting");
    assertFalse(s.isKnown(), "matching is exact, case included");
    assertEquals(VisitorStatus.Known.UNKNOWN, s.known());
    assertEquals("Chatting", s.value());
    assertEquals(VisitorStatus.of("Chatting"), s);
    assertEquals(VisitorStatus.of("Chatting").hashCode(), s.hashCode());
    assertNotEquals(VisitorStatus.CHATTING, s);
  }

  @Test
  void aWireValueNamedUnknownIsKnown() {
    assertSame(VisitorStatus.UNKNOWN_, VisitorStatus.of("UNKNOWN"));
    assertTrue(VisitorStatus.UNKNOWN_.isKnown());
  }

  @Test
  void jsonRoundTrip() throws Exception {
    List<VisitorStatus> read =
        MAPPER.readValue(
            "[\"waiting\",\"brand-new\"]",
            MAPPER.getTypeFactory().constructCollectionType(List.class, VisitorStatus.class));
    assertSame(VisitorStatus.WAITING, read.get(0));
    assertFalse(read.get(1).isKnown());
    assertEquals("[\"waiting\",\"brand-new\"]", MAPPER.writeValueAsString(read));
  }

  @Test
  void aNumberIsReadAsItsDecimalString() throws Exception {
    // Comm100's v3 example sends a visitor status as the integer 3: read, kept, written back.
    Visitor visitor = MAPPER.readValue("{\"status\": 3}", Visitor.class);
    VisitorStatus status = visitor.status().orElseThrow();
    assertFalse(status.isKnown());
    assertEquals("3", status.value());
    assertEquals("{\"status\":3}", MAPPER.writeValueAsString(visitor));
    assertEquals(VisitorStatus.of("2.5"), MAPPER.readValue("2.5", VisitorStatus.class));
  }

  @Test
  void nullAndDuplicates() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> VisitorStatus.of(null));
    assertEquals("value == null", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenEnum.values(VisitorStatus.CHATTING, VisitorStatus.of("chatting")));
  }
}
