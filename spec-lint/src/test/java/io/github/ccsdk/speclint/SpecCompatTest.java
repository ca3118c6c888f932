package io.github.ccsdk.speclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * The compat gate on good.yaml as baseline and an edited copy as the current spec: each test makes
 * one deliberate change, breaking or not, and checks what the gate makes of it under a given
 * info.version.
 */
class SpecCompatTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  @TempDir Path dir;

  @Test
  void anUnchangedSpecPasses() throws Exception {
    SpecCompat.Verdict v = compare(tree -> {});

    assertEquals(DiffResult.NO_CHANGES, v.result());
    assertNull(v.failure());
    assertNull(v.warning());
    assertTrue(v.markdown().contains("No differences"), v.markdown());
  }

  @Test
  void aRemovedOperationWithoutAMajorBumpFails() throws Exception {
    SpecCompat.Verdict v = compare(SpecCompatTest::removeCreateWidget);

    assertTrue(v.result().isIncompatible());
    assertEquals(List.of("removed: POST /widgets"), v.breaking());
    assertTrue(v.failed());
    assertTrue(
        v.failure().contains("spec.yaml: incompatible with baseline/spec.yaml"), v.failure());
    assertTrue(v.failure().contains("removed: POST /widgets"), v.failure());
    assertTrue(v.failure().contains("bump info.version to 2.0.0"), v.failure());
    assertTrue(v.markdown().contains("What's Deleted"), v.markdown());
  }

  @Test
  void aMinorBumpDoesNotAllowABreak() throws Exception {
    SpecCompat.Verdict v = compare(tree -> version(removeCreateWidget(tree), "1.1.0"));

    assertTrue(v.failed(), "only a major bump allows an incompatible change");
  }

  @Test
  void aMajorBumpAllowsTheSameBreak() throws Exception {
    SpecCompat.Verdict v = compare(tree -> version(removeCreateWidget(tree), "2.0.0"));

    assertTrue(v.result().isIncompatible());
    assertNull(v.failure());
  }

  @Test
  void aNewRequiredParameterBreaks() throws Exception {
    SpecCompat.Verdict v =
        compare(tree -> Lint.array(tree, "/paths/~1widgets/get/parameters").add(param(true)));

    assertTrue(v.failed(), String.valueOf(v));
    assertEquals(List.of("changed: GET /widgets (parameters)"), v.breaking());
  }

  @Test
  void aNewOptionalParameterIsCompatibleButAsksForAMinorBump() throws Exception {
    SpecCompat.Verdict v =
        compare(tree -> Lint.array(tree, "/paths/~1widgets/get/parameters").add(param(false)));

    assertEquals(DiffResult.COMPATIBLE, v.result());
    assertFalse(v.failed());
    assertTrue(v.warning().contains("bump it to 1.1.0"), v.warning());
  }

  @Test
  void aCompatibleChangeWithABumpIsQuiet() throws Exception {
    SpecCompat.Verdict v =
        compare(
            tree -> {
              Lint.array(tree, "/paths/~1widgets/get/parameters").add(param(false));
              version(tree, "1.1.0");
            });

    assertFalse(v.failed());
    assertNull(v.warning());
  }

  @Test
  void aResponseTypeWidenedToScalarAlternativesIsCompatible() throws Exception {
    SpecCompat.Verdict v =
        compare(
            tree -> {
              ObjectNode size = Lint.object(tree, "/components/schemas/Widget/properties/size");
              size.remove("type");
              size.putArray("anyOf")
                  .add(YAML.createObjectNode().put("type", "integer"))
                  .add(YAML.createObjectNode().put("type", "string").put("pattern", "^[0-9]+$"));
              version(tree, "1.1.0");
            });

    assertFalse(v.failed(), String.valueOf(v.failure()));
  }

  @Test
  void aTypeChangedToAlternativesWithoutTheOldOneBreaks() throws Exception {
    SpecCompat.Verdict v =
        compare(
            tree -> {
              ObjectNode size = Lint.object(tree, "/components/schemas/Widget/properties/size");
              size.remove("type");
              size.putArray("anyOf")
                  .add(YAML.createObjectNode().put("type", "string"))
                  .add(YAML.createObjectNode().put("type", "boolean"));
              version(tree, "1.1.0");
            });

    assertTrue(v.failed(), "integer is no longer accepted: not a widening");
  }

  @Test
  void aReferencedEnumWidenedToScalarAlternativesIsCompatible() throws Exception {
    SpecCompat.Verdict v =
        compare(
            tree -> {
              ObjectNode props = Lint.object(tree, "/components/schemas/Widget/properties");
              ObjectNode kind = props.putObject("kind");
              kind.put("description", "Kind of widget, or its legacy number.");
              kind.putArray("anyOf")
                  .add(YAML.createObjectNode().put("$ref", "#/components/schemas/WidgetKind"))
                  .add(YAML.createObjectNode().put("type", "integer"));
              version(tree, "1.1.0");
            });

    assertFalse(v.failed(), String.valueOf(v.failure()));
  }

  @Test
  void anObjectAmongTheAlternativesIsNoScalarWidening() throws Exception {
    SpecCompat.Verdict v =
        compare(
            tree -> {
              ObjectNode content =
                  Lint.object(
                      tree, "/paths/~1widgets/post/responses/201/content/application~1json");
              ObjectNode schema = content.putObject("schema");
              schema
                  .putArray("anyOf")
                  .add(YAML.createObjectNode().put("$ref", "#/components/schemas/Widget"))
                  .add(YAML.createObjectNode().put("type", "integer"));
              version(tree, "1.1.0");
            });

    assertTrue(v.failed(), "Widget is an object: the SDK could not keep its Java type");
  }

  @Test
  void anOpenEnumGainingAValueIsCompatible() throws Exception {
    SpecCompat.Verdict v =
        compare(
            tree -> {
              Lint.array(tree, "/components/schemas/WidgetKind/enum").add("brand-new");
              version(tree, "1.1.0");
            });

    assertFalse(v.failed(), String.valueOf(v.failure()));
  }

  @Test
  void aClosedEnumGainingAValueInAResponseBreaks() throws Exception {
    SpecCompat.Verdict v =
        compare(
            tree -> {
              Lint.object(tree, "/components/schemas/WidgetKind").remove("x-ccsdk-open-enum");
              Lint.array(tree, "/components/schemas/WidgetKind/enum").add("brand-new");
              version(tree, "1.1.0");
            },
            tree ->
                Lint.object(tree, "/components/schemas/WidgetKind").remove("x-ccsdk-open-enum"));

    assertTrue(v.failed(), "openapi-diff's verdict stands for a closed enum");
  }

  @Test
  void anOpenUnionGainingAMemberIsCompatible() throws Exception {
    SpecCompat.Verdict v = compare(tree -> version(addPartRenamed(tree), "1.1.0"));

    assertFalse(v.failed(), String.valueOf(v.failure()));
  }

  /** A third member of the PartEvent union, part_renamed. */
  private static ObjectNode addPartRenamed(ObjectNode tree) {
    ObjectNode schemas = Lint.object(tree, "/components/schemas");
    ObjectNode renamed = schemas.get("PartRemoved").deepCopy();
    renamed.put("description", "A part was renamed.");
    schemas.set("PartRenamed", renamed);
    Lint.array(tree, "/components/schemas/PartEvent/oneOf")
        .addObject()
        .put("$ref", "#/components/schemas/PartRenamed");
    Lint.object(tree, "/components/schemas/PartEvent/discriminator/mapping")
        .put("part_renamed", "#/components/schemas/PartRenamed");
    return tree;
  }

  @Test
  void aVersionBelowTheBaselineFails() throws Exception {
    SpecCompat.Verdict v = compare(tree -> version(tree, "0.9.0"));

    assertTrue(v.failure().contains("info.version 0.9.0 is below 1.0.0"), v.failure());
  }

  @Test
  void aVersionThatIsNotSemanticFails() {
    SpecGateException e =
        assertThrows(SpecGateException.class, () -> compare(tree -> version(tree, "v1")));

    assertTrue(e.getMessage().contains("\"v1\" is not a semantic version"), e.getMessage());
  }

  @Test
  void aMissingBaselineSaysHowToStartOne() throws Exception {
    Path spec = Files.copy(Lint.goodSpec(), dir.resolve("new.yaml"));

    SpecGateException e =
        assertThrows(
            SpecGateException.class,
            () ->
                SpecCompat.compare(
                    dir.resolve("baseline/new.yaml"), "baseline/new.yaml", spec, "new.yaml"));

    assertTrue(e.getMessage().contains("no baseline baseline/new.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("cp new.yaml baseline/new.yaml"), e.getMessage());
  }

  @Test
  void semanticVersionsCompareNumerically() {
    assertTrue(SemVer.parse("1.10.0").compareTo(SemVer.parse("1.9.9")) > 0);
    assertTrue(SemVer.parse("2.0.0-rc.1").compareTo(SemVer.parse("2.0.0")) < 0);
    assertEquals(0, SemVer.parse("1.0.0+build.5").compareTo(SemVer.parse("1.0.0")));
    assertNull(SemVer.parse("1.0"));
    assertNull(SemVer.parse("01.0.0"));
  }

  /** Compares good.yaml (as baseline/spec.yaml) with a copy changed by {@code edit}. */
  private SpecCompat.Verdict compare(Consumer<ObjectNode> edit) throws Exception {
    return compare(edit, tree -> {});
  }

  /** Compares good.yaml changed by {@code baselineEdit} with a copy changed by {@code edit}. */
  private SpecCompat.Verdict compare(Consumer<ObjectNode> edit, Consumer<ObjectNode> baselineEdit)
      throws Exception {
    Path baseline = Files.createDirectories(dir.resolve("baseline")).resolve("spec.yaml");
    write(baseline, baselineEdit);
    Path spec = dir.resolve("spec.yaml");
    write(spec, edit);
    return SpecCompat.compare(baseline, "baseline/spec.yaml", spec, "spec.yaml");
  }

  static void write(Path file, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode tree = (ObjectNode) YAML.readTree(Lint.goodSpec().toFile());
    edit.accept(tree);
    YAML.writeValue(file.toFile(), tree);
  }

  static ObjectNode removeCreateWidget(ObjectNode tree) {
    Lint.object(tree, "/paths/~1widgets").remove("post");
    return tree;
  }

  static ObjectNode version(ObjectNode tree, String version) {
    Lint.object(tree, "/info").put("version", version);
    return tree;
  }

  private static ObjectNode param(boolean required) {
    ObjectNode p = YAML.createObjectNode();
    p.put("name", "color");
    p.put("in", "query");
    p.put("required", required);
    p.put("description", "Only widgets of this color.");
    p.putObject("schema").put("type", "string");
    return p;
  }
}
