package io.github.ccsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshenMojoTest {
  @TempDir Path dir;

  @Test
  void keepsSourcesMadeFromTheSameSpecAndGenerator() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
    Path out = dir.resolve("out");
    run(spec, out);
    Path generated = Files.writeString(out.resolve("Api.java"), "class Api {}");

    run(spec, out);

    assertTrue(Files.exists(generated), "an unchanged spec must not cause regeneration");
  }

  @Test
  void deletesSourcesWhenTheSpecChanged() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
    Path out = dir.resolve("out");
    run(spec, out);
    Path generated = Files.writeString(out.resolve("Api.java"), "class Api {}");

    Files.writeString(spec, "openapi: 3.0.3\ninfo: {}\n");
    run(spec, out);

    assertFalse(Files.exists(generated), "stale sources must go");
    assertTrue(Files.exists(out.resolve(FreshenMojo.STAMP)));
  }

  @Test
  void fingerprintCoversTheGenerator() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
    Path generator = Files.createDirectories(dir.resolve("generator/ccsdk"));
    Files.writeString(generator.resolve("api.mustache"), "one");
    String before = FreshenMojo.fingerprint(spec, dir.resolve("generator"), List.of());
    assertEquals(before, FreshenMojo.fingerprint(spec, dir.resolve("generator"), List.of()));

    Files.writeString(generator.resolve("api.mustache"), "two");

    assertNotEquals(before, FreshenMojo.fingerprint(spec, dir.resolve("generator"), List.of()));
  }

  @Test
  void deletesSourcesWhenAnInputChanged() throws Exception {
    // The SDK version is generated into the code: a release must regenerate it.
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
    Path out = dir.resolve("out");
    run(spec, out, List.of("sdkVersion=1.0.0-SNAPSHOT"));
    Path generated = Files.writeString(out.resolve("Api.java"), "class Api {}");

    run(spec, out, List.of("sdkVersion=1.0.0-SNAPSHOT"));
    assertTrue(Files.exists(generated), "unchanged inputs must not cause regeneration");

    run(spec, out, List.of("sdkVersion=1.0.0"));
    assertFalse(Files.exists(generated), "a new SDK version must regenerate");
  }

  @Test
  void fingerprintKeepsInputsApart() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
    Path generator = Files.createDirectories(dir.resolve("generator"));
    assertNotEquals(
        FreshenMojo.fingerprint(spec, generator, List.of("ab", "c")),
        FreshenMojo.fingerprint(spec, generator, List.of("a", "bc")));
  }

  @Test
  void namesTheGeneratedManifestForTheJarPlugin() throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
    FreshenMojo mojo = new FreshenMojo();
    mojo.spec = spec.toFile();
    mojo.output = dir.resolve("out").toFile();
    mojo.project = new MavenProject();

    mojo.execute();

    assertEquals(
        dir.resolve("out").resolve(FreshenMojo.MANIFEST).toAbsolutePath().toString(),
        mojo.project.getProperties().getProperty(FreshenMojo.MANIFEST_PROPERTY));
  }

  private static void run(Path spec, Path out) throws Exception {
    run(spec, out, List.of());
  }

  private static void run(Path spec, Path out, List<String> inputs) throws Exception {
    FreshenMojo mojo = new FreshenMojo();
    mojo.spec = spec.toFile();
    mojo.output = out.toFile();
    mojo.inputs = inputs;
    mojo.execute();
  }
}
