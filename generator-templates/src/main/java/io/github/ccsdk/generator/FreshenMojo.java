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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Keeps generated sources in step with the spec and the generator. The OpenAPI Generator plugin
 * skips generation when the spec is unchanged, but it does not notice a changed generator or
 * template, and it never deletes files of models that left the spec. This goal runs first: when the
 * fingerprint of spec plus generator differs from the one the sources were made with, it deletes
 * them, so the generator plugin writes them anew; otherwise it leaves them alone.
 */
@Mojo(name = "freshen", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public final class FreshenMojo extends AbstractMojo {
  static final String STAMP = ".ccsdk-fingerprint";

  /** The spec the sources are generated from. */
  @Parameter(required = true)
  File spec;

  /** The generator plugin's output directory. */
  @Parameter(required = true)
  File output;

  @Override
  public void execute() throws MojoExecutionException {
    try {
      String fingerprint = fingerprint(spec.toPath(), generatorLocation());
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

  /** SHA-256 over the spec and every file of the generator (its jar, or its classes folder). */
  static String fingerprint(Path spec, Path generator) throws IOException {
    MessageDigest digest = sha256();
    digest.update(Files.readAllBytes(spec));
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
