package io.github.ccsdk.speclint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintMojoTest {
  @Test
  void passesGoodSpecs(@TempDir Path dir) {
    LintMojo mojo = mojo(dir, Lint.goodSpec());
    assertDoesNotThrow(mojo::execute);
  }

  @Test
  void failsWithTheGateSummaryAndNoCause(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            Files.readString(Lint.goodSpec())
                .replace("operationId: listWidgets", "operationId: ListWidgets"));
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo(dir, bad)::execute);
    assertTrue(e.getMessage().startsWith("spec gate: 1 violation(s) in 1 spec(s)"), e.getMessage());
    assertTrue(e.getCause() == null, "a cause would make Maven print a stack trace");
  }

  @Test
  void writesSarifWhenAskedEvenWhenItFails(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            Files.readString(Lint.goodSpec())
                .replace("operationId: listWidgets", "operationId: ListWidgets"));
    LintMojo mojo = mojo(dir, bad);
    mojo.sarifFile = dir.resolve("out").resolve("gate.sarif").toFile();
    assertThrows(MojoFailureException.class, mojo::execute);
    String sarif = Files.readString(mojo.sarifFile.toPath());
    assertTrue(sarif.contains("\"ruleId\" : \"operation-id\""), sarif);
  }

  @Test
  void skipsWhenAsked(@TempDir Path dir) {
    LintMojo mojo = mojo(dir, dir.resolve("missing.yaml"));
    mojo.skip = true;
    assertDoesNotThrow(mojo::execute);
  }

  private static LintMojo mojo(Path root, Path spec) {
    LintMojo mojo = new LintMojo();
    mojo.specs = List.of(spec.toFile());
    mojo.root = root.toFile();
    return mojo;
  }
}
