package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import org.junit.jupiter.api.Test;

class ExamplesRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "examples");
  }

  @Test
  void firesOnMediaTypeExampleOfWrongType() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(
                        spec, "/paths/~1widgets/post/requestBody/content/application~1json/example")
                    .put("name", 42)),
        "examples",
        "/paths/~1widgets/post/requestBody/content/application~1json/example",
        "name");
  }

  @Test
  void firesOnMissingRequiredPropertyInReferencedExample() {
    // The named example is a component; the finding points at the component's value.
    assertFires(
        Lint.with(
            spec -> Lint.object(spec, "/components/examples/TwoWidgets/value/0").remove("name")),
        "examples",
        "/components/examples/TwoWidgets/value",
        "name");
  }

  @Test
  void assertsFormats() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/components/examples/TwoWidgets/value/0")
                    .put("updatedAt", "2020-02-17 10:00:00")),
        "examples",
        "/components/examples/TwoWidgets/value",
        "updatedAt");
  }

  @Test
  void firesOnParameterExampleOutOfRange() {
    assertFires(
        Lint.with(spec -> Lint.object(spec, "/components/parameters/PageSize").put("example", 500)),
        "examples",
        "/components/parameters/PageSize/example",
        "maximum");
  }

  @Test
  void firesOnSchemaExampleOfWrongType() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(
                        spec,
                        "/paths/~1token/post/responses/200/content/application~1json/schema/properties/expires_in")
                    .put("example", "an hour")),
        "examples",
        "/paths/~1token/post/responses/200/content/application~1json/schema/properties/expires_in/example",
        "");
  }

  @Test
  void firesOnNullWhereNotNullable() {
    assertFires(
        Lint.with(
            spec -> Lint.object(spec, "/components/examples/TwoWidgets/value/1").putNull("name")),
        "examples",
        "/components/examples/TwoWidgets/value",
        "name");
  }

  @Test
  void firesOnDiscriminatedExampleOfNoMember() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/components/schemas/PartAdded/example")
                    .put("event", "part_removed")),
        "examples",
        "/components/schemas/PartAdded/example",
        "");
  }
}
