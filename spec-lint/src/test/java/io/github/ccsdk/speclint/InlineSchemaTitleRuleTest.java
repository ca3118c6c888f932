package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import org.junit.jupiter.api.Test;

class InlineSchemaTitleRuleTest {
  @Test
  void silentOnGoodSpec() {
    // good.yaml has untitled inline objects only as allOf members, which the generator merges.
    assertSilent(Lint.good(), "inline-schema-title");
  }

  @Test
  void firesOnUntitledInlineResponseObject() {
    String schema = "/paths/~1token/post/responses/200/content/application~1json/schema";
    assertFires(
        Lint.with(spec -> Lint.object(spec, schema).remove("title")),
        "inline-schema-title",
        schema,
        "no title");
  }

  @Test
  void firesOnUntitledInlineProperty() {
    String schema = "/components/schemas/Widget/properties/owner";
    assertFires(
        Lint.with(spec -> Lint.object(spec, schema).remove("title")),
        "inline-schema-title",
        schema,
        "no title");
  }
}
