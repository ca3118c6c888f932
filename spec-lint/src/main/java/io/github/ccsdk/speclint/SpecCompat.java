package io.github.ccsdk.speclint;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares one spec with its baseline (the version last released) using openapi-diff, and judges
 * the change by the spec's {@code info.version}: an incompatible change needs a higher major
 * version than the baseline's. openapi-diff's verdict is used as it is, but for widenings to scalar
 * alternatives, a grown open union or open enum ({@link Widenings}); its "unknown" counts as
 * incompatible, since the gate cannot prove it is not.
 */
final class SpecCompat {
  private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
      new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();

  private SpecCompat() {}

  /** What a comparison found, and what the gate makes of it. */
  record Verdict(
      String spec,
      String baselineFile,
      SemVer baseline,
      SemVer current,
      DiffResult result,
      List<String> breaking,
      String markdown,
      String failure,
      String warning) {

    boolean failed() {
      return failure != null;
    }

    /** One line for the build log. */
    String summary() {
      return spec
          + " "
          + baseline
          + " -> "
          + current
          + ": "
          + switch (result) {
            case NO_CHANGES -> "no changes";
            case METADATA -> "documentation changes only";
            case COMPATIBLE -> "compatible changes";
            case UNKNOWN, INCOMPATIBLE -> "INCOMPATIBLE changes";
          };
    }
  }

  /**
   * Compares {@code current} (shown as {@code spec}) with {@code baseline} (shown as {@code
   * baselineFile}). A failure is reported in the verdict, never thrown; only a spec that cannot be
   * read at all throws.
   *
   * @throws SpecGateException if either file is missing or cannot be compared
   */
  static Verdict compare(Path baseline, String baselineFile, Path current, String spec)
      throws SpecGateException {
    if (!Files.isRegularFile(baseline)) {
      throw new SpecGateException(
          spec
              + ": no baseline "
              + baselineFile
              + " -- fix: a new spec starts with a copy of itself as its baseline (cp "
              + spec
              + " "
              + baselineFile
              + "); see CONTRIBUTING.md");
    }
    if (!Files.isRegularFile(current)) {
      throw new SpecGateException(spec + ": no such file");
    }
    ChangedOpenApi diff;
    try {
      JsonNode currentTree = tree(current, spec);
      JsonNode baselineTree = tree(baseline, baselineFile);
      Widenings.apply(baselineTree, currentTree);
      diff =
          OpenApiCompare.fromSpecifications(
              read(baselineTree, baselineFile), read(currentTree, spec));
    } catch (RuntimeException e) {
      throw new SpecGateException(
          spec + ": openapi-diff cannot compare it with " + baselineFile + ": " + e);
    }
    SemVer from = version(diff.getOldSpecOpenApi().getInfo(), baselineFile);
    SemVer to = version(diff.getNewSpecOpenApi().getInfo(), spec);
    DiffResult result = diff.isChanged();
    List<String> breaking = breakingChanges(diff);
    String failure = null;
    String warning = null;
    if (to.compareTo(from) < 0) {
      failure =
          spec
              + ": info.version "
              + to
              + " is below "
              + from
              + ", the version of its baseline "
              + baselineFile
              + " -- fix: versions only go up";
    } else if (result.isIncompatible() && to.major() <= from.major()) {
      failure =
          spec
              + ": incompatible with "
              + baselineFile
              + " (version "
              + from
              + "), yet info.version "
              + to
              + " keeps major version "
              + from.major()
              + ":\n"
              + (breaking.isEmpty()
                  ? "  - (see the report)"
                  : "  - " + String.join("\n  - ", breaking))
              + "\n  -- fix: make the change compatible, or bump info.version to "
              + from.nextMajor()
              + " and say why in specs/CHANGELOG.md";
    } else if (result.isDifferent() && to.compareTo(from) == 0) {
      SemVer next = result == DiffResult.METADATA ? from.nextPatch() : from.nextMinor();
      warning =
          spec
              + " differs from its baseline "
              + baselineFile
              + " but info.version is still "
              + from
              + " -- bump it to "
              + next
              + " and add a line to specs/CHANGELOG.md";
    }
    return new Verdict(
        spec, baselineFile, from, to, result, breaking, markdown(diff), failure, warning);
  }

  /** Parses as openapi-diff does (references resolved), then fixes what it cannot follow. */
  private static JsonNode tree(Path file, String name) throws SpecGateException {
    try {
      return YAML.readTree(file.toFile());
    } catch (java.io.IOException e) {
      throw new SpecGateException(name + ": cannot be read: " + e.getMessage());
    }
  }

  private static OpenAPI read(JsonNode tree, String name) throws SpecGateException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI model = new OpenAPIParser().readContents(tree.toString(), null, options).getOpenAPI();
    if (model == null) {
      throw new SpecGateException(name + ": cannot be read as OpenAPI -- fix: run the lint gate");
    }
    qualifyDiscriminatorMappings(model);
    return model;
  }

  /**
   * OpenAPI lets a discriminator mapping name a schema by its bare name ({@code PartRemoved});
   * openapi-diff only follows references ({@code #/components/schemas/PartRemoved}) and fails on
   * the rest, so bare names are turned into references first.
   */
  static void qualifyDiscriminatorMappings(OpenAPI model) {
    if (model.getComponents() == null || model.getComponents().getSchemas() == null) {
      return;
    }
    for (Schema<?> schema : model.getComponents().getSchemas().values()) {
      Discriminator discriminator = schema.getDiscriminator();
      if (discriminator == null || discriminator.getMapping() == null) {
        continue;
      }
      discriminator
          .getMapping()
          .replaceAll(
              (value, target) ->
                  target.contains("/") || target.contains("#")
                      ? target
                      : "#/components/schemas/" + target);
    }
  }

  private static SemVer version(io.swagger.v3.oas.models.info.Info info, String file)
      throws SpecGateException {
    String text = info == null ? null : info.getVersion();
    SemVer version = SemVer.parse(text);
    if (version == null) {
      throw new SpecGateException(
          file
              + ": info.version "
              + (text == null ? "is missing" : "\"" + text + "\" is not a semantic version")
              + " -- fix: use MAJOR.MINOR.PATCH, e.g. 1.0.0");
    }
    return version;
  }

  /**
   * The incompatible changes, one line each: removed operations, and operations whose parameters,
   * request body, responses or security changed incompatibly.
   */
  static List<String> breakingChanges(ChangedOpenApi diff) {
    List<String> lines = new ArrayList<>();
    for (Endpoint e : diff.getMissingEndpoints()) {
      lines.add("removed: " + e.getMethod() + " " + e.getPathUrl());
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      if (!op.isChanged().isIncompatible()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      if (Changed.result(op.getParameters()).isIncompatible()) {
        parts.add("parameters");
      }
      if (op.resultRequestBody().isIncompatible()) {
        parts.add("request body");
      }
      if (op.resultApiResponses().isIncompatible()) {
        parts.add("responses");
      }
      if (op.resultSecurityRequirements().isIncompatible()) {
        parts.add("security");
      }
      if (Changed.result(op.getOperationId()).isIncompatible()) {
        parts.add("operationId");
      }
      lines.add(
          "changed: "
              + op.getHttpMethod()
              + " "
              + op.getPathUrl()
              + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
    }
    return lines;
  }

  private static String markdown(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // MarkdownRender closes the writer itself.
    new MarkdownRender().render(diff, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
