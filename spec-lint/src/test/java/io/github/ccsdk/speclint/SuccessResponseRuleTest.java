package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import org.junit.jupiter.api.Test;

class SuccessResponseRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "success-response");
  }

  @Test
  void firesOnBodyWithoutSchema() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(
                        spec,
                        "/paths/~1widgets~1{widgetId}/get/responses/200/content/application~1json")
                    .remove("schema")),
        "success-response",
        "/paths/~1widgets~1{widgetId}/get/responses/200/content/application~1json",
        "has no schema");
  }

  @Test
  void firesOnContentWithoutMediaType() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}/get/responses/200")
                    .putObject("content")),
        "success-response",
        "/paths/~1widgets~1{widgetId}/get/responses/200",
        "no media type");
  }

  @Test
  void firesOnOperationWithoutSuccess() {
    assertFires(
        Lint.with(spec -> Lint.object(spec, "/paths/~1widgets/get/responses").remove("200")),
        "success-response",
        "/paths/~1widgets/get/responses",
        "no 2xx or 3xx response");
  }
}
