package io.github.ccsdk.speclint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The spec compatibility gate over several specs: each spec against the file of the same name in
 * the baseline directory. Every spec is compared and reported before the gate refuses any. The diff
 * of each is written as Markdown, for the changelog, to {@code <reports>/<spec>.md}, and all of
 * them together to {@code <reports>/CHANGES.md}.
 */
final class CompatGate {
  /** The file, in the reports directory, that holds every spec's diff. */
  static final String ALL = "CHANGES.md";

  private CompatGate() {}

  /** Where the gate's messages go. */
  record Output(Consumer<String> info, Consumer<String> warn, Consumer<String> error) {}

  /**
   * Runs the gate and returns the combined Markdown report.
   *
   * @throws SpecGateException if a spec has no usable baseline, or changed incompatibly without a
   *     major version bump, or has a version below its baseline's
   */
  static String run(List<Path> specs, Path baselines, Path reports, Path root, Output out)
      throws SpecGateException {
    if (specs.isEmpty()) {
      throw new SpecGateException("spec compat: no specs given");
    }
    List<SpecCompat.Verdict> verdicts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path spec : specs) {
      Path baseline = baselines.resolve(spec.getFileName().toString());
      try {
        SpecCompat.Verdict verdict =
            SpecCompat.compare(
                baseline, SpecGate.display(baseline, root), spec, SpecGate.display(spec, root));
        verdicts.add(verdict);
        out.info().accept("spec compat: " + verdict.summary());
        if (verdict.warning() != null) {
          out.warn().accept(verdict.warning());
        }
        if (verdict.failed()) {
          out.error().accept(verdict.failure());
          problems.add(verdict.spec());
        }
      } catch (SpecGateException e) {
        out.error().accept(e.getMessage());
        problems.add(SpecGate.display(spec, root));
      }
    }
    String all = write(verdicts, reports);
    if (!verdicts.isEmpty()) {
      out.info()
          .accept(
              "spec compat: diff reports (Markdown, for specs/CHANGELOG.md) in "
                  + SpecGate.display(reports, root));
    }
    if (!problems.isEmpty()) {
      throw new SpecGateException(
          "spec compat: "
              + String.join(", ", problems)
              + " refused, see above (reports in "
              + SpecGate.display(reports, root)
              + ")");
    }
    return all;
  }

  private static String write(List<SpecCompat.Verdict> verdicts, Path reports)
      throws SpecGateException {
    StringBuilder all = new StringBuilder();
    try {
      Files.createDirectories(reports);
      for (SpecCompat.Verdict v : verdicts) {
        String name = Path.of(v.spec()).getFileName().toString();
        String section =
            "## "
                + name
                + " "
                + v.current()
                + " (changes since "
                + v.baseline()
                + ")\n\n"
                + v.markdown().strip()
                + "\n";
        Files.writeString(
            reports.resolve(name.replaceFirst("\\.ya?ml$", "") + ".md"),
            section,
            StandardCharsets.UTF_8);
        all.append(all.length() == 0 ? "" : "\n").append(section);
      }
      Files.writeString(reports.resolve(ALL), all.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SpecGateException("spec compat: cannot write the reports: " + e.getMessage());
    }
    return all.toString();
  }
}
