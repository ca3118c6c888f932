package io.github.ccsdk.speclint;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The spec gate as a build step: lints the given specs and fails the build, without a stack trace,
 * if any violates a rule.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class LintMojo extends AbstractMojo {
  /** The OpenAPI spec files to lint. */
  @Parameter(required = true)
  List<File> specs;

  /** Files are named relative to this directory in violations. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File root;

  /**
   * Which rules: {@code ccsdk}, every rule of the gate (for the authoring specs), or {@code
   * standard}, the rules that matter to standard tools (no query in path keys, resolvable
   * references, valid examples; for the specs users hand to those tools).
   */
  @Parameter(defaultValue = "ccsdk")
  String rules = "ccsdk";

  /**
   * Also writes the findings as SARIF 2.1.0 to this file, for CI code-scanning tools (written
   * whether or not there are violations).
   */
  @Parameter(property = "ccsdk.sarif")
  File sarifFile;

  /** Skips the gate. Meant for debugging a generator against a spec that is still being written. */
  @Parameter(property = "ccsdk.speclint.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().warn("spec gate skipped (ccsdk.speclint.skip)");
      return;
    }
    List<Rule> selected =
        switch (rules) {
          case "ccsdk" -> SpecLinter.RULES;
          case "standard" -> SpecLinter.STANDARD_RULES;
          default ->
              throw new MojoFailureException(
                  "spec gate: rules must be `ccsdk` or `standard`, not `" + rules + "`");
        };
    try {
      SpecGate.run(
          specs.stream().map(File::toPath).toList(),
          root.toPath(),
          selected,
          sarifFile == null ? null : sarifFile.toPath(),
          getLog()::error);
    } catch (SpecGateException e) {
      throw new MojoFailureException(e.getMessage());
    }
    getLog().info("spec gate (" + rules + " rules): " + specs.size() + " spec(s), no violations");
  }
}
