package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PathParametersRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "path-parameters");
  }

  @Test
  void firesOnUndeclaredPathVariable() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}:enable/post").remove("parameters")),
        "path-parameters",
        "/paths/~1widgets~1{widgetId}:enable/post",
        "path variable {widgetId} is not declared");
  }

  @Test
  void firesOnPathParameterMissingFromThePath() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}:enable/post/parameters/0")
                    .put("name", "id")),
        "path-parameters",
        "/paths/~1widgets~1{widgetId}:enable/post/parameters/0",
        "\"id\" does not appear");
  }

  @Test
  void firesOnOptionalPathParameter() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets~1{widgetId}:enable/post/parameters/0")
                    .put("required", false)),
        "path-parameters",
        "/paths/~1widgets~1{widgetId}:enable/post/parameters/0",
        "not required");
  }

  @Test
  void readsVariablesBeforeTheFixedQueryOnly() {
    assertEquals(Set.of("id"), PathParametersRule.variables("/a/{id}:enable"));
    assertEquals(Set.of(), PathParametersRule.variables("/ecnow.php?method=x&action={read}"));
  }
}
