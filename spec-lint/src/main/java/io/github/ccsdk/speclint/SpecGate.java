package io.github.ccsdk.speclint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs the gate over several specs: every violation of every spec is printed, one per line, before
 * the gate refuses them. Used by the build's {@code lint} goal and from the command line.
 */
public final class SpecGate {
  private SpecGate() {}

  /**
   * Command line: lints each spec file named in {@code args}; exits 1 on violations, 2 on misuse.
   */
  public static void main(String[] args) {
    try {
      run(List.of(args).stream().map(Path::of).toList(), Path.of(""), System.out::println);
    } catch (SpecGateException e) {
      System.err.println(e.getMessage());
      System.exit(args.length == 0 ? 2 : 1);
    }
  }

  /**
   * Lints {@code specs}, naming them relative to {@code root} where they lie below it, and passes
   * each violation to {@code out}.
   *
   * @throws SpecGateException if there was no spec, or any violation
   */
  static void run(List<Path> specs, Path root, Consumer<String> out) throws SpecGateException {
    run(specs, root, SpecLinter.RULES, out);
  }

  /** {@link #run(List, Path, Consumer)} with {@code rules} only. */
  static void run(List<Path> specs, Path root, List<Rule> rules, Consumer<String> out)
      throws SpecGateException {
    run(specs, root, rules, null, out);
  }

  /**
   * As above, also writing every violation as SARIF 2.1.0 to {@code sarif} (when not null), before
   * the gate refuses them.
   */
  static void run(List<Path> specs, Path root, List<Rule> rules, Path sarif, Consumer<String> out)
      throws SpecGateException {
    Objects.requireNonNull(root, "root == null");
    if (specs.isEmpty()) {
      throw new SpecGateException("usage: SpecGate <spec.yaml>...");
    }
    List<Violation> violations = new ArrayList<>();
    List<Sarif.Linted> linted = new ArrayList<>();
    for (Path spec : specs) {
      String name = display(spec, root);
      List<Violation> found = SpecLinter.lint(spec, name, rules);
      found.forEach(v -> out.accept(v.toString()));
      violations.addAll(found);
      linted.add(new Sarif.Linted(spec, name, found));
    }
    if (sarif != null) {
      try {
        Sarif.write(sarif, rules, linted);
      } catch (IOException e) {
        throw new SpecGateException("spec gate: cannot write " + sarif + ": " + e.getMessage());
      }
    }
    if (!violations.isEmpty()) {
      throw new SpecGateException(
          "spec gate: "
              + violations.size()
              + " violation(s) in "
              + specs.size()
              + " spec(s), listed above as `file#pointer [rule] message -- fix: hint`");
    }
  }

  /** The file as a user finds it: relative to {@code root} when it lies below it. */
  static String display(Path file, Path root) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }
}
