package io.github.ccsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/** The versions the generator puts into the SDK: constants, User-Agent and manifest fragment. */
class VersionsTest {
  private static final Path SPEC = Path.of("src/test/resources/features/typed-errors.yaml");

  @TempDir Path dir;

  @Test
  void manifestFragmentRecordsTheSpecAndItsVersion() throws IOException {
    Generate.run(SPEC, dir, "Feature", "com.example.feature");

    Manifest manifest;
    try (InputStream in = Files.newInputStream(dir.resolve(FreshenMojo.MANIFEST))) {
      manifest = new Manifest(in);
    }
    Attributes main = manifest.getMainAttributes();
    assertEquals("typed-errors.yaml", main.getValue("Ccsdk-Spec"));
    assertEquals("1.0.0", main.getValue("Ccsdk-Spec-Version"));
  }

  @Test
  void apisCarryTheVersionsAndTheUserAgent() throws IOException {
    Generate.run(SPEC, dir, "Feature", "com.example.feature");

    String apis =
        Files.readString(dir.resolve("src/main/java/com/example/feature/FeatureApis.java"));
    assertTrue(apis.contains("SDK_VERSION = \"1.2.0-golden\""), apis);
    assertTrue(apis.contains("SPEC_VERSION = \"1.0.0\""), apis);
    assertTrue(apis.contains("USER_AGENT = \"ccsdk-feature/1.2.0-golden (spec 1.0.0)\""), apis);
  }

  @Test
  void userAgentNamesTheSdkInLowerCase() {
    assertEquals(
        "ccsdk-servicepattern/0.1.0 (spec 1.0.0)",
        CcsdkCodegen.userAgent("ServicePattern", "0.1.0", "1.0.0"));
  }

  @Test
  void refusesASpecWhoseVersionIsNotSemantic() throws IOException {
    Path spec =
        Files.writeString(
            dir.resolve("loose.yaml"),
            Files.readString(SPEC).replace("version: 1.0.0", "version: v1 (beta)"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Generate.run(spec, dir.resolve("out"), "Feature", "com.example.feature"));

    assertTrue(
        e.getMessage().contains("loose.yaml: info.version must be a semantic version"),
        e.getMessage());
  }

  @Test
  void refusesAMissingSdkVersion() {
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName(CcsdkCodegen.NAME)
            .setInputSpec(SPEC.toString())
            .setOutputDir(dir.toString())
            .addAdditionalProperty(CcsdkCodegen.SDK_NAME, "Feature");
    GlobalSettings.reset();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DefaultGenerator().opts(configurator.toClientOptInput()).generate());

    assertTrue(
        e.getMessage().contains("needs the additional property `sdkVersion`"), e.getMessage());
  }
}
