package io.github.ccsdk.generator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Keeps generated sources in step with the spec and the generator. The OpenAPI Generator plugin
 * skips generation when the spec is unchanged, but it does not notice a changed generator or
 * template, and it never deletes files of models that left the spec. This goal runs first: when the
 * fingerprint of spec plus generator plus {@code inputs} differs from the one the sources were made
 * with, it deletes them, so the generator plugin writes them anew; otherwise it leaves them alone.
 *
 * <p>It also sets the project property {@value #MANIFEST_PROPERTY} to the manifest fragment the
 * generator writes ({@value #MANIFEST} in the output directory, holding the spec's {@code
 * info.version}); the parent pom hands it to the jar plugin, so the SDK jar records the spec's
 * version. Modules without this goal leave the property unset and merge no fragment.
 */
@Mojo(name = "freshen", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public final class FreshenMojo extends AbstractMojo {
  static final String STAMP = ".ccsdk-fingerprint";

  /** The manifest fragment the generator writes at the root of its output directory. */
  public static final String MANIFEST = "ccsdk-manifest.mf";

  /** The project property naming that fragment, for the jar plugin's {@code manifestFile}. */
  public static final String MANIFEST_PROPERTY = "ccsdk.manifest";

  /** The spec the sources are generated from. */
  @Parameter(required = true)
  File spec;

  /** The generator plugin's output directory. */
  @Parameter(required = true)
  File output;

  /**
   * Further values the generated code depends on, such as {@code sdkVersion=1.2.0}: a change to any
   * of them regenerates the sources too.
   */
  @Parameter List<String> inputs = List.of();

  /** The project whose properties receive {@value #MANIFEST_PROPERTY}; null in unit tests. */
  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (project != null) {
      project
          .getProperties()
          .setProperty(MANIFEST_PROPERTY, new File(output, MANIFEST).getAbsolutePath());
    }
    try {
      String fingerprint =
          fingerprint(spec.toPath(), generatorLocation(), inputs == null ? List.of() : inputs);
      Path stamp = output.toPath().resolve(STAMP);
      if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
        getLog().info("generated sources are up to date with " + spec.getName());
        return;
      }
      getLog().info("spec or generator changed: regenerating from " + spec.getName());
      deleteRecursively(output.toPath());
      Files.createDirectories(output.toPath());
      Files.writeString(stamp, fingerprint);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot freshen " + output + ": " + e.getMessage(), e);
    }
  }

  /**
   * SHA-256 over the spec, every file of the generator (its jar, or its classes folder) and the
   * further inputs.
   */
  static String fingerprint(Path spec, Path generator, List<String> inputs) throws IOException {
    MessageDigest digest = sha256();
    digest.update(Files.readAllBytes(spec));
    for (String input : inputs) {
      // Length-prefixed, so that ["ab", "c"] and ["a", "bc"] differ.
      byte[] bytes =
          Objects.requireNonNull(input, "inputs holds null").getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    if (Files.isDirectory(generator)) {
      try (Stream<Path> files = Files.walk(generator)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          digest.update(generator.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(file));
        }
      }
    } else {
      try (ZipFile jar = new ZipFile(generator.toFile())) {
        List<? extends ZipEntry> entries =
            jar.stream()
                .filter(e -> !e.isDirectory())
                .sorted(Comparator.comparing(ZipEntry::getName))
                .toList();
        for (ZipEntry entry : entries) {
          digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
          try (InputStream in = jar.getInputStream(entry)) {
            digest.update(in.readAllBytes());
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Path generatorLocation() throws IOException {
    try {
      return Path.of(FreshenMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the generator: " + e.getMessage(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
