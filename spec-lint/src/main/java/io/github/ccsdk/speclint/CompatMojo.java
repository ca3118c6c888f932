package io.github.ccsdk.speclint;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The spec breaking-change gate as a build step: compares each spec with its baseline, the version
 * last released, kept as a file of the same name in {@code baselines}. An incompatible change (per
 * openapi-diff) fails the build, without a stack trace, unless the spec's {@code info.version} has
 * a higher major version than the baseline's. The diffs are written as Markdown for the changelog;
 * {@code -Dccsdk.compat.print} also prints them.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class CompatMojo extends AbstractMojo {
  /** The OpenAPI spec files to check. */
  @Parameter(required = true)
  List<File> specs;

  /** The directory holding each spec's baseline under the spec's file name. */
  @Parameter(required = true)
  File baselines;

  /** Where the Markdown diff reports go. */
  @Parameter(defaultValue = "${project.build.directory}/spec-diff")
  File reports;

  /** Files are named relative to this directory in messages. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File root;

  /** Prints the combined Markdown report to standard output (even with {@code mvn -q}). */
  @Parameter(property = "ccsdk.compat.print", defaultValue = "false")
  boolean print;

  /** Skips the gate. For experiments only: CI never sets it. */
  @Parameter(property = "ccsdk.compat.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().warn("spec compat gate skipped (ccsdk.compat.skip)");
      return;
    }
    try {
      String report =
          CompatGate.run(
              specs.stream().map(File::toPath).toList(),
              baselines.toPath(),
              reports.toPath(),
              root.toPath(),
              new CompatGate.Output(getLog()::info, getLog()::warn, getLog()::error));
      if (print) {
        System.out.println(report);
      }
    } catch (SpecGateException e) {
      if (print) {
        // The reports of the specs that could be compared are still worth seeing.
        printIfPresent();
      }
      throw new MojoFailureException(e.getMessage());
    }
  }

  private void printIfPresent() {
    java.nio.file.Path all = reports.toPath().resolve(CompatGate.ALL);
    try {
      if (java.nio.file.Files.exists(all)) {
        System.out.println(java.nio.file.Files.readString(all));
      }
    } catch (java.io.IOException e) {
      getLog().warn("cannot read " + all + ": " + e.getMessage());
    }
  }
}
