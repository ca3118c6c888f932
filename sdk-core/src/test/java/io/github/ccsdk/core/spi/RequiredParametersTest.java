package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RequiredParametersTest {
  @Test
  void passesWhenEverythingIsSet() {
    assertDoesNotThrow(() -> RequiredParameters.of("P").require("a", 1).require("b", "x").check());
  }

  @Test
  void namesEveryMissingParameter() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                RequiredParameters.of("ReadRecordsParams")
                    .require("table", null)
                    .require("dataset", 3)
                    .require("limit", null)
                    .check());
    assertEquals("ReadRecordsParams: required parameters table, limit are not set", e.getMessage());
  }

  @Test
  void namesOneMissingParameter() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> RequiredParameters.of("P").require("status", null).check());
    assertEquals("P: required parameter status is not set", e.getMessage());
  }
}
