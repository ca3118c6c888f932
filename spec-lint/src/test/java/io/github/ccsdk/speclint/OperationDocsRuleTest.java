package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import org.junit.jupiter.api.Test;

class OperationDocsRuleTest {
  private static final String OP = "/paths/~1widgets/get";

  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "operation-docs");
  }

  @Test
  void firesOnMissingSummary() {
    assertFires(
        Lint.with(spec -> Lint.object(spec, OP).remove("summary")),
        "operation-docs",
        OP,
        "no summary");
  }

  @Test
  void firesOnBlankDescription() {
    assertFires(
        Lint.with(spec -> Lint.object(spec, OP).put("description", " ")),
        "operation-docs",
        OP,
        "no description");
  }

  @Test
  void firesOnMissingTag() {
    assertFires(
        Lint.with(spec -> Lint.object(spec, OP).remove("tags")), "operation-docs", OP, "no tag");
  }

  @Test
  void firesOnUndeclaredTag() {
    assertFires(
        Lint.with(spec -> Lint.array(spec, OP + "/tags").set(0, "Gadgets")),
        "operation-docs",
        OP + "/tags/0",
        "\"Gadgets\" is not declared");
  }
}
