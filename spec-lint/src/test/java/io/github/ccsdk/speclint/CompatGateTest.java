package io.github.ccsdk.speclint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compat gate over several specs, and its Maven goal. */
class CompatGateTest {
  @TempDir Path dir;

  private final List<String> info = new ArrayList<>();
  private final List<String> warn = new ArrayList<>();
  private final List<String> error = new ArrayList<>();

  @Test
  void comparesEverySpecAndWritesMarkdownReports() throws Exception {
    Path a = spec("a.yaml", false);
    Path b = spec("b.yaml", false);

    String all = CompatGate.run(List.of(a, b), dir.resolve("baseline"), reports(), dir, out());

    assertEquals(List.of(), error);
    assertTrue(info.contains("spec compat: a.yaml 1.0.0 -> 1.0.0: no changes"), info.toString());
    assertTrue(Files.readString(reports().resolve("a.md")).startsWith("## a.yaml 1.0.0"));
    assertTrue(Files.exists(reports().resolve("b.md")));
    assertEquals(all, Files.readString(reports().resolve(CompatGate.ALL)));
  }

  @Test
  void reportsEveryRefusedSpecBeforeFailing() throws Exception {
    Path a = spec("a.yaml", true);
    Path b = spec("b.yaml", true);

    SpecGateException e =
        assertThrows(
            SpecGateException.class,
            () -> CompatGate.run(List.of(a, b), dir.resolve("baseline"), reports(), dir, out()));

    assertEquals(2, error.size(), error.toString());
    assertTrue(error.get(0).startsWith("a.yaml: incompatible with baseline/a.yaml"), error.get(0));
    assertTrue(e.getMessage().startsWith("spec compat: a.yaml, b.yaml refused"), e.getMessage());
    assertTrue(
        Files.readString(reports().resolve("b.md")).contains("What's Deleted"),
        "the report of a refused spec is still written");
  }

  @Test
  void goalFailsWithoutAStackTrace() throws Exception {
    CompatMojo mojo = mojo(spec("a.yaml", true));

    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(e.getMessage().startsWith("spec compat: a.yaml refused"), e.getMessage());
    assertNull(e.getCause(), "a cause would make Maven print a stack trace");
    assertTrue(
        log.lines.stream().anyMatch(l -> l.startsWith("[error] a.yaml: incompatible with")),
        log.lines.toString());
  }

  @Test
  void goalPrintsTheReportWhenAsked() throws Exception {
    CompatMojo mojo = mojo(spec("a.yaml", false));
    mojo.print = true;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      mojo.execute();
    } finally {
      System.setOut(stdout);
    }

    assertTrue(
        bytes.toString(StandardCharsets.UTF_8).contains("## a.yaml 1.0.0 (changes since 1.0.0)"),
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void goalSkipsWhenAsked() throws Exception {
    CompatMojo mojo = mojo(dir.resolve("missing.yaml"));
    mojo.skip = true;
    assertDoesNotThrow(mojo::execute);
  }

  /** good.yaml as baseline/<name>, and as <name> itself, with POST /widgets removed if asked. */
  private Path spec(String name, boolean breaking) throws Exception {
    Files.createDirectories(dir.resolve("baseline"));
    Files.copy(Lint.goodSpec(), dir.resolve("baseline").resolve(name));
    Path spec = dir.resolve(name);
    SpecCompatTest.write(
        spec,
        tree -> {
          if (breaking) {
            SpecCompatTest.removeCreateWidget(tree);
          }
        });
    return spec;
  }

  private Path reports() {
    return dir.resolve("target/spec-diff");
  }

  private CompatGate.Output out() {
    return new CompatGate.Output(info::add, warn::add, error::add);
  }

  private final RecordingLog log = new RecordingLog();

  /** Keeps the goal's messages for assertions instead of printing them among the test output. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("[info] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[warn] " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("[error] " + content);
    }
  }

  private CompatMojo mojo(Path spec) {
    CompatMojo mojo = new CompatMojo();
    mojo.setLog(log);
    mojo.specs = List.of(spec.toFile());
    mojo.baselines = dir.resolve("baseline").toFile();
    mojo.reports = reports().toFile();
    mojo.root = dir.toFile();
    return mojo;
  }
}
