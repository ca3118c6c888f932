package io.github.ccsdk.speclint;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the standard form of each authoring spec ({@link StandardSpecDeriver}): {@code x.yaml}
 * becomes {@code x.openapi.yaml} in {@code outputDirectory}. The result is build output, never
 * edited or committed; the same spec always gives the same bytes.
 */
@Mojo(name = "derive-standard", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class DeriveStandardMojo extends AbstractMojo {
  /** The authoring specs whose path keys carry a fixed query string. */
  @Parameter(required = true)
  List<File> specs;

  /** Where the derived specs are written. */
  @Parameter(defaultValue = "${project.build.directory}/standard-specs")
  File outputDirectory;

  @Override
  public void execute() throws MojoFailureException {
    for (File spec : specs) {
      Path out = outputDirectory.toPath().resolve(derivedName(spec.getName()));
      try {
        String yaml =
            StandardSpecDeriver.deriveYaml(
                Files.readString(spec.toPath(), StandardCharsets.UTF_8), spec.getName());
        Files.createDirectories(out.getParent());
        Files.writeString(out, yaml, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new MojoFailureException("cannot derive the standard form of " + spec + ": " + e);
      }
      getLog().info("standard form of " + spec.getName() + ": " + out);
    }
  }

  /** {@code contactnow.yaml} → {@code contactnow.openapi.yaml}. */
  static String derivedName(String name) {
    int dot = name.lastIndexOf('.');
    return (dot < 0 ? name : name.substring(0, dot)) + ".openapi.yaml";
  }
}
