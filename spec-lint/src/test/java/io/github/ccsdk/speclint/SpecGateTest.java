package io.github.ccsdk.speclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecGateTest {
  private final List<String> lines = new ArrayList<>();

  @Test
  void passesAGoodSpec() throws Exception {
    SpecGate.run(List.of(Lint.goodSpec()), Path.of(""), lines::add);
    assertEquals(List.of(), lines);
  }

  @Test
  void printsEveryViolationOfEverySpecThenFails(@TempDir Path dir) throws IOException {
    String good = Files.readString(Lint.goodSpec());
    Path first =
        Files.writeString(
            dir.resolve("first.yaml"),
            good.replace("operationId: listWidgets", "operationId: getWidget"));
    Path second =
        Files.writeString(
            dir.resolve("second.yaml"), good.replace("{widgetId}:enable:", "{id}:enable:"));

    SpecGateException e =
        assertThrows(
            SpecGateException.class, () -> SpecGate.run(List.of(first, second), dir, lines::add));

    assertTrue(lines.size() >= 2, lines.toString());
    for (String line : lines) {
      assertTrue(
          line.matches("\\S+\\.yaml#\\S* \\[[a-z-]+\\] .+ -- fix: .+"),
          "not in the gate's format: " + line);
    }
    assertTrue(
        lines.contains(
            "first.yaml#/paths/~1widgets~1{widgetId}/get/operationId [operation-id] operationId"
                + " \"getWidget\" is already used by /paths/~1widgets/get -- fix: give this operation"
                + " an operationId of its own"),
        lines.toString());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                        "second.yaml#/paths/~1widgets~1{id}:enable/post [path-parameters] path variable {id}")),
        lines.toString());
    assertTrue(e.getMessage().contains("in 2 spec(s)"), e.getMessage());
  }

  @Test
  void refusesToRunWithoutSpecs() {
    SpecGateException e =
        assertThrows(
            SpecGateException.class, () -> SpecGate.run(List.of(), Path.of(""), lines::add));
    assertEquals("usage: SpecGate <spec.yaml>...", e.getMessage());
  }

  @Test
  void namesFilesRelativeToTheRoot(@TempDir Path dir) {
    assertEquals(
        Path.of("specs", "x.yaml").toString(), SpecGate.display(dir.resolve("specs/x.yaml"), dir));
    assertEquals(
        Path.of("/elsewhere/x.yaml").toString(),
        SpecGate.display(Path.of("/elsewhere/x.yaml"), dir));
  }
}
