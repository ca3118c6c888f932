package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OperationIdRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "operation-id");
  }

  @Test
  void firesOnMissingOperationId() {
    Violation v =
        assertFires(
            Lint.with(spec -> Lint.object(spec, "/paths/~1widgets/get").remove("operationId")),
            "operation-id",
            "/paths/~1widgets/get",
            "no operationId");
    assertTrue(v.hint().contains("getWidgets"), v.hint());
  }

  @Test
  void firesOnDuplicateOperationId() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}/get")
                    .put("operationId", "listWidgets")),
        "operation-id",
        "/paths/~1widgets~1{widgetId}/get/operationId",
        "already used by /paths/~1widgets/get");
  }

  @Test
  void firesOnOperationIdThatIsNotLowerCamelCase() {
    Violation v =
        assertFires(
            Lint.with(
                spec ->
                    Lint.object(spec, "/paths/~1widgets/get").put("operationId", "List_widgets")),
            "operation-id",
            "/paths/~1widgets/get/operationId",
            "not lowerCamelCase");
    assertTrue(v.hint().contains("\"listWidgets\""), v.hint());
  }

  @Test
  void suggestsLowerCamelCase() {
    assertEquals("getVisitorsId", OperationIdRule.suggest("get /visitors/{id}"));
    assertEquals("listWidgets", OperationIdRule.suggest("List_widgets"));
    assertEquals("op2fa", OperationIdRule.suggest("2fa"));
  }
}
