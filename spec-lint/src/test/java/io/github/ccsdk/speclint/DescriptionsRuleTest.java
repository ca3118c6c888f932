package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import org.junit.jupiter.api.Test;

class DescriptionsRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "descriptions");
  }

  @Test
  void firesOnComponentParameterWithoutDescription() {
    assertFires(
        Lint.with(
            spec -> Lint.object(spec, "/components/parameters/PageSize").remove("description")),
        "descriptions",
        "/components/parameters/PageSize",
        "parameter \"pageSize\" has no description");
  }

  @Test
  void firesOnPathLevelParameterWithoutDescription() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}/parameters/0")
                    .remove("description")),
        "descriptions",
        "/paths/~1widgets~1{widgetId}/parameters/0",
        "parameter \"widgetId\"");
  }

  @Test
  void firesOnNestedInlinePropertyWithoutDescription() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/components/schemas/Widget/properties/owner/properties/email")
                    .remove("description")),
        "descriptions",
        "/components/schemas/Widget/properties/owner/properties/email",
        "property \"email\"");
  }

  @Test
  void firesOnRefPropertyWhenNeitherSideDescribesIt() {
    assertFires(
        Lint.with(
            spec -> Lint.object(spec, "/components/schemas/WidgetKind").remove("description")),
        "descriptions",
        "/components/schemas/Widget/properties/kind",
        "property \"kind\"");
  }

  @Test
  void firesOnResponseHeaderWithoutDescription() {
    String header = "/paths/~1widgets/post/responses/201/headers/Location";
    assertFires(
        Lint.with(spec -> Lint.object(spec, header).remove("description")),
        "descriptions",
        header,
        "header has no description");
  }
}
