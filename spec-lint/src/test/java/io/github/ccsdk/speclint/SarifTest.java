package io.github.ccsdk.speclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's SARIF: written for a spec with known violations, then read back. */
class SarifTest {
  @TempDir Path dir;

  @Test
  void eachViolationIsAResultAtItsLineAndColumn() throws Exception {
    String good = Files.readString(Lint.goodSpec());
    String bad =
        good.replace("operationId: listWidgets", "operationId: ListWidgets")
            .replace("      summary: Create a widget.\n", "");
    assertFalse(good.equals(bad));
    Path spec =
        Files.writeString(Files.createDirectories(dir.resolve("specs")).resolve("bad.yaml"), bad);
    Path sarif = dir.resolve("target").resolve("gate.sarif");
    List<String> lines = new ArrayList<>();

    assertThrows(
        SpecGateException.class,
        () -> SpecGate.run(List.of(spec), dir, SpecLinter.RULES, sarif, lines::add));

    JsonNode log = JsonMapper.builder().build().readTree(sarif.toFile());
    assertEquals("2.1.0", log.path("version").asText());
    assertEquals(1, log.path("runs").size());
    JsonNode run = log.path("runs").get(0);
    JsonNode driver = run.at("/tool/driver");
    assertEquals("ccsdk spec-lint", driver.path("name").asText());
    assertEquals(SpecLinter.RULES.size(), driver.path("rules").size());
    for (int i = 0; i < SpecLinter.RULES.size(); i++) {
      Rule rule = SpecLinter.RULES.get(i);
      JsonNode r = driver.path("rules").get(i);
      assertEquals(rule.name(), r.path("id").asText());
      assertEquals(rule.description(), r.at("/shortDescription/text").asText());
      assertFalse(rule.description().isBlank(), rule.name());
    }

    JsonNode results = run.path("results");
    assertEquals(lines.size(), results.size(), "one result per printed violation: " + lines);
    JsonNode id = result(results, "operation-id");
    assertEquals("error", id.path("level").asText());
    assertTrue(
        id.at("/message/text").asText().startsWith("operationId \"ListWidgets\" is not"),
        id.toString());
    assertEquals(
        "specs/bad.yaml", id.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(
        SpecLinter.RULES.stream().map(Rule::name).toList().indexOf("operation-id"),
        id.path("ruleIndex").asInt());
    String pointer = "/paths/~1widgets/get/operationId";
    assertEquals(pointer, id.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    assertRegion(bad, "      operationId: ListWidgets", id);

    // A missing summary points at the operation that lacks it, the closest node in the file.
    JsonNode docs = result(results, "operation-docs");
    assertEquals(
        "/paths/~1widgets/post",
        docs.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    assertRegion(bad, "    post:\n      operationId: createWidget", docs);
  }

  @Test
  void aGoodSpecHasNoResultsButEveryRule() throws Exception {
    Path sarif = dir.resolve("clean.sarif");
    SpecGate.run(List.of(Lint.goodSpec()), dir, SpecLinter.RULES, sarif, line -> {});
    JsonNode run = JsonMapper.builder().build().readTree(sarif.toFile()).path("runs").get(0);
    assertEquals(0, run.path("results").size());
    assertEquals(SpecLinter.RULES.size(), run.at("/tool/driver/rules").size());
  }

  @Test
  void aSpecThatIsNotYamlIsAResultWithoutARegion() throws Exception {
    Path spec = Files.writeString(dir.resolve("broken.yaml"), "openapi: [3.0.3\n");
    Path sarif = dir.resolve("broken.sarif");
    assertThrows(
        SpecGateException.class,
        () -> SpecGate.run(List.of(spec), dir, SpecLinter.RULES, sarif, line -> {}));
    JsonNode result = JsonMapper.builder().build().readTree(sarif.toFile()).at("/runs/0/results/0");
    assertEquals("parser", result.path("ruleId").asText());
    assertTrue(
        result.at("/locations/0/physicalLocation/region").isMissingNode(), result.toString());
    assertEquals("/", result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
  }

  /** The result's region starts where {@code snippet} (its first non-blank character) does. */
  private static void assertRegion(String text, String snippet, JsonNode result) {
    int offset = text.indexOf(snippet);
    assertTrue(offset >= 0, snippet);
    while (text.charAt(offset) == ' ') {
      offset++;
    }
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    int column = offset - text.lastIndexOf('\n', offset - 1);
    JsonNode region = result.at("/locations/0/physicalLocation/region");
    assertEquals(line, region.path("startLine").asInt(), result.toString());
    assertEquals(column, region.path("startColumn").asInt(), result.toString());
  }

  private static JsonNode result(JsonNode results, String rule) {
    for (JsonNode r : results) {
      if (r.path("ruleId").asText().equals(rule)) {
        return r;
      }
    }
    throw new AssertionError("no " + rule + " result in " + results);
  }
}
