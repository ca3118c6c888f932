package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedComponentsRuleTest {
  @Test
  void silentOnGoodSpec() {
    // good.yaml reaches PartRemoved only through a discriminator mapping by bare name.
    assertSilent(Lint.good(), "unused-components");
  }

  @Test
  void firesOnUnreferencedSchema() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/components/schemas")
                    .putObject("Orphan")
                    .put("type", "string")
                    .put("description", "Nobody uses me.")),
        "unused-components",
        "/components/schemas/Orphan",
        "not used");
  }

  @Test
  void firesOnComponentsThatOnlyReferToEachOther() {
    List<Violation> violations =
        Lint.with(
            spec -> {
              Lint.object(spec, "/components/schemas")
                  .putObject("Ping")
                  .put("description", "Refers to Pong.")
                  .putArray("allOf")
                  .addObject()
                  .put("$ref", "#/components/schemas/Pong");
              Lint.object(spec, "/components/schemas")
                  .putObject("Pong")
                  .put("description", "Refers to Ping.")
                  .putArray("allOf")
                  .addObject()
                  .put("$ref", "#/components/schemas/Ping");
            });
    assertFires(violations, "unused-components", "/components/schemas/Ping", "not used");
    assertFires(violations, "unused-components", "/components/schemas/Pong", "not used");
  }

  @Test
  void firesOnUnusedSecurityScheme() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/components/securitySchemes")
                    .putObject("bearer")
                    .put("type", "http")
                    .put("scheme", "bearer")),
        "unused-components",
        "/components/securitySchemes/bearer",
        "not used");
  }

  @Test
  void firesOnUnusedExample() {
    assertFires(
        Lint.with(
            spec -> Lint.object(spec, "/components/examples").putObject("Spare").put("value", "x")),
        "unused-components",
        "/components/examples/Spare",
        "not used");
  }
}
