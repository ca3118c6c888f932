package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorSchemaRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "error-schema");
  }

  @Test
  void firesOnInlineErrorBody() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(
                        spec,
                        "/paths/~1widgets~1{widgetId}/get/responses/404/content/application~1json")
                    .putObject("schema")
                    .put("type", "string")),
        "error-schema",
        "/paths/~1widgets~1{widgetId}/get/responses/404/content/application~1json/schema",
        "does not reference the shared error schema WidgetError");
  }

  @Test
  void reportsASharedResponseOnceAtTheComponent() {
    List<Violation> violations =
        Lint.with(
            spec ->
                Lint.object(
                        spec, "/components/responses/Unauthorized/content/application~1json/schema")
                    .put("$ref", "#/components/schemas/Widget"));
    assertFires(
        violations,
        "error-schema",
        "/components/responses/Unauthorized/content/application~1json/schema",
        "shared error schema");
    assertEquals(1, violations.stream().filter(v -> v.rule().equals("error-schema")).count());
  }

  @Test
  void firesOnErrorWithoutBody() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}/get/responses/404")
                    .remove("content")),
        "error-schema",
        "/paths/~1widgets~1{widgetId}/get/responses/404",
        "no body schema");
  }

  @Test
  void firesOnExemptionWithoutReason() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets/post/responses/502")
                    .put("x-ccsdk-no-error-schema", "")),
        "error-schema",
        "/paths/~1widgets/post/responses/502/x-ccsdk-no-error-schema",
        "gives no reason");
  }

  @Test
  void firesWhenNoErrorSchemaIsDeclared() {
    assertFires(
        Lint.with(spec -> spec.remove("x-ccsdk-error-schema")),
        "error-schema",
        "/paths/~1widgets~1{widgetId}/get/responses/404",
        "declares no shared error schema");
  }

  @Test
  void firesWhenDeclaredSchemaDoesNotExist() {
    assertFires(
        Lint.with(spec -> spec.put("x-ccsdk-error-schema", "Oops")),
        "error-schema",
        "/x-ccsdk-error-schema",
        "\"Oops\", which is not a schema");
  }
}
