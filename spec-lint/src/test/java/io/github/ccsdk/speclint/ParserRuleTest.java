package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import org.junit.jupiter.api.Test;

class ParserRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "parser");
  }

  @Test
  void firesOnAParserWarning() {
    // A response without its required description is a parser message, not an exception.
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}/delete/responses/204")
                    .remove("description")),
        "parser",
        "",
        "Swagger Parser: ");
  }

  @Test
  void firesOnADanglingReference() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/components/schemas/Widget/properties/kind")
                    .put("$ref", "#/components/schemas/Nowhere")),
        "parser",
        "",
        "Nowhere");
  }

  @Test
  void firesOnOpenApi31() {
    assertFires(Lint.with(spec -> spec.put("openapi", "3.1.0")), "parser", "/openapi", "not 3.0.x");
  }

  @Test
  void firesOnAMisspeltSchemaKeyword() {
    // The examples rule ignores keywords it does not know; this is what catches typos instead.
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/components/schemas/Widget/properties/size")
                    .put("nulable", true)),
        "parser",
        "",
        "nulable");
  }
}
