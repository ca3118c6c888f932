package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpecLinterTest {
  @Test
  void goodSpecHasNoViolations() {
    assertEquals(List.of(), Lint.good(), () -> Lint.describe(Lint.good()));
  }

  @Test
  void reportsEveryViolationInOneRun() {
    List<Violation> violations =
        Lint.with(
            spec -> {
              Lint.object(spec, "/paths/~1widgets/get").put("operationId", "ListWidgets");
              Lint.object(spec, "/paths/~1widgets/get").remove("summary");
              Lint.object(spec, "/components/schemas/Widget/properties/name").remove("description");
            });
    Set<String> rules = violations.stream().map(Violation::rule).collect(Collectors.toSet());
    assertEquals(
        Set.of("operation-id", "operation-docs", "descriptions"), rules, Lint.describe(violations));
  }

  @Test
  void missingFileIsAViolationNotAnException() {
    List<Violation> violations = SpecLinter.lint(Path.of("no/such/spec.yaml"), "spec.yaml");
    assertFires(violations, "parser", "", "file not found");
  }

  @Test
  void brokenYamlNamesTheLine() {
    List<Violation> violations = Lint.text("openapi: 3.0.3\ninfo:\n  title: [unclosed\n");
    assertFires(violations, "parser", "", "not valid YAML");
    assertFires(violations, "parser", "", "line ");
  }

  @Test
  void yamlThatIsNotAMappingIsRefused() {
    assertFires(Lint.text("- just\n- a list\n"), "parser", "", "not an OpenAPI document");
  }
}
