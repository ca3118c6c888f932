package io.github.ccsdk.comm100;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.core.spi.Json;
import org.junit.jupiter.api.Test;

/** Visitor {@code status} as the design doc's example sends it (an integer) and as a name. */
class VisitorStatusTest {
  @Test
  void anIntegerStatusIsReadAsItsDecimalString() throws Exception {
    Visitor visitor = Json.mapper().readValue("{\"status\":3}", Visitor.class);

    Visitor.StatusEnum status = visitor.status().orElseThrow();
    assertEquals("3", status.value());
    assertFalse(status.isKnown());
    assertEquals("{\"status\":3}", Json.mapper().writeValueAsString(visitor));
  }

  @Test
  void aNamedStatusIsTheConstant() throws Exception {
    Visitor visitor = Json.mapper().readValue("{\"status\":\"chatting\"}", Visitor.class);

    assertSame(Visitor.StatusEnum.CHATTING, visitor.status().orElseThrow());
  }
}
