package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's standard rules: no query in path keys, resolvable references, valid examples. */
class StandardRulesTest {
  /**
   * good.yaml without its query-in-path RPC operation, which the gate's own rules accept in an
   * authoring spec and the standard rules refuse.
   */
  static String goodWithoutQueryPaths() {
    try {
      ObjectNode tree =
          (ObjectNode) StandardSpecDeriver.readYaml(Files.readString(Lint.goodSpec()));
      ((ObjectNode) tree.get("paths")).remove("/rpc.php?method=parts&action=read");
      return StandardSpecDeriver.YAML.writeValueAsString(tree);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Lints good.yaml, without its RPC operation and changed by {@code edit}, by the standard rules.
   */
  private static List<Violation> standard(Consumer<ObjectNode> edit) {
    try {
      ObjectNode tree = (ObjectNode) StandardSpecDeriver.readYaml(goodWithoutQueryPaths());
      edit.accept(tree);
      return SpecLinter.lint(
          writeTemp(StandardSpecDeriver.YAML.writeValueAsString(tree)),
          "bad.yaml",
          SpecLinter.STANDARD_RULES);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void silentOnGoodSpec() {
    assertEquals(
        List.of(),
        SpecLinter.lint(
            writeTemp(goodWithoutQueryPaths()), "good.yaml", SpecLinter.STANDARD_RULES));
  }

  @Test
  void goodSpecsRpcPathIsRefused() {
    assertFires(
        SpecLinter.lint(Lint.goodSpec(), "good.yaml", SpecLinter.STANDARD_RULES),
        "no-query-in-path",
        "/paths/~1rpc.php?method=parts&action=read",
        "`?method=parts&action=read`");
  }

  @Test
  void queryInPathFires() {
    List<Violation> found =
        SpecLinter.lint(
            writeTemp(goodWith("  /widgets:\n", "  /widgets?kind=gear:\n")),
            "bad.yaml",
            SpecLinter.STANDARD_RULES);
    assertFires(found, "no-query-in-path", "/paths/~1widgets?kind=gear", "`?kind=gear`");
  }

  @Test
  void danglingAndExternalRefsFire() {
    List<Violation> found =
        standard(
            spec -> {
              Lint.object(spec, "/paths/~1widgets/get/parameters/0")
                  .put("$ref", "#/components/parameters/Missing");
              Lint.object(
                      spec, "/paths/~1widgets/post/requestBody/content/application~1json/schema")
                  .put("$ref", "other.yaml#/components/schemas/Widget");
            });
    assertFires(found, "refs", "/paths/~1widgets/get/parameters/0/$ref", "points at nothing");
    assertFires(
        found,
        "refs",
        "/paths/~1widgets/post/requestBody/content/application~1json/schema/$ref",
        "outside the spec");
  }

  @Test
  void refKeysInExampleValuesAreData() {
    assertSilent(
        standard(
            spec ->
                Lint.object(
                        spec, "/paths/~1widgets/post/requestBody/content/application~1json/example")
                    .putObject("x-note")
                    .put("$ref", "nowhere")),
        "refs");
  }

  @Test
  void gateWithStandardRulesFailsTheBuildOnABadSpec(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.yaml"), goodWith("  /widgets:\n", "  /widgets?a=b:\n"));
    LintMojo mojo = new LintMojo();
    mojo.specs = List.of(bad.toFile());
    mojo.root = dir.toFile();
    mojo.rules = "standard";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().startsWith("spec gate: 1 violation(s) in 1 spec(s)"), e.getMessage());
    mojo.rules = "lenient";
    e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().contains("`ccsdk` or `standard`"), e.getMessage());
  }

  private static String goodWith(String from, String to) {
    {
      String text = goodWithoutQueryPaths();
      assertTrue(text.contains(from));
      return text.replace(from, to);
    }
  }

  private static Path writeTemp(String text) {
    try {
      Path file = Files.createTempFile("spec", ".yaml");
      file.toFile().deleteOnExit();
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
