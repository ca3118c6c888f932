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

  /** Skips the gate. Meant for debugging a generator against a spec that is still being written. */
  @Parameter(property = "ccsdk.speclint.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().warn("spec gate skipped (ccsdk.speclint.skip)");
      return;
    }
    try {
      SpecGate.run(specs.stream().map(File::toPath).toList(), root.toPath(), getLog()::error);
    } catch (SpecGateException e) {
      throw new MojoFailureException(e.getMessage());
    }
    getLog().info("spec gate: " + specs.size() + " spec(s), no violations");
  }
}
