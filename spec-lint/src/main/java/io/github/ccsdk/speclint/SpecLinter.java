package io.github.ccsdk.speclint;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Lints one OpenAPI spec with every rule of the gate and returns all violations found. */
public final class SpecLinter {
  static final List<Rule> RULES =
      List.of(
          new ParserRule(),
          new OperationIdRule(),
          new OperationDocsRule(),
          new PathParametersRule(),
          new DescriptionsRule(),
          new SuccessResponseRule(),
          new ErrorSchemaRule(),
          new ExamplesRule(),
          new UnusedComponentsRule(),
          new InlineSchemaTitleRule(),
          new ServersRule(),
          new SecurityRule());

  /**
   * The rules for specs handed to standard tools (the published specs but the query-in-path
   * authoring {@code contactnow.yaml}, whose place its derived standard form takes): the ones that
   * matter to a consumer's tool, not our own conventions.
   */
  static final List<Rule> STANDARD_RULES =
      List.of(new ParserRule(), new QueryInPathRule(), new RefsRule(), new ExamplesRule());

  private static final YAMLMapper YAML = new YAMLMapper();

  private SpecLinter() {}

  /**
   * Lints {@code file}, naming it {@code displayName} in violations. Never throws for a bad spec:
   * an unreadable or unparseable file is itself a violation.
   */
  public static List<Violation> lint(Path file, String displayName) {
    return lint(file, displayName, RULES);
  }

  /** Lints {@code file} with {@code rules} only. */
  static List<Violation> lint(Path file, String displayName, List<Rule> rules) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(displayName, "displayName == null");
    List<Violation> violations = new ArrayList<>();
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      violations.add(parser(displayName, "file not found", "check the path"));
      return violations;
    } catch (IOException | RuntimeException e) {
      violations.add(
          parser(displayName, "cannot read the file: " + e, "check the file is UTF-8 text"));
      return violations;
    }
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      violations.add(
          parser(
              displayName,
              "not valid YAML: " + e.getOriginalMessage() + where,
              "fix the YAML syntax there"));
      return violations;
    }
    if (tree == null || !tree.isObject()) {
      violations.add(
          parser(
              displayName,
              "not an OpenAPI document (no top-level mapping)",
              "start from `openapi: 3.0.3`"));
      return violations;
    }
    // Not resolved: resolving copies path-level parameters into every operation, which would
    // point findings at nodes that do not exist in the file. Specs are single files anyway.
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(text, null, options, file.toAbsolutePath().toString());
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null) {
      for (String message : messages) {
        violations.add(
            parser(displayName, "Swagger Parser: " + message, "fix the node the message names"));
      }
      if (violations.isEmpty()) {
        violations.add(
            parser(
                displayName,
                "Swagger Parser read no OpenAPI document",
                "start from `openapi: 3.0.3`"));
      }
      return violations;
    }
    ParsedSpec spec = new ParsedSpec(displayName, result.getOpenAPI(), tree, messages);
    for (Rule rule : rules) {
      try {
        rule.check(
            spec,
            (pointer, message, hint) ->
                violations.add(new Violation(displayName, pointer, rule.name(), message, hint)));
      } catch (RuntimeException e) {
        // A rule that breaks on an unusual spec is our bug; say so instead of hiding the spec's
        // state.
        violations.add(
            new Violation(
                displayName,
                "",
                rule.name(),
                "the rule failed on this spec: " + e,
                "report it to the ccsdk maintainers with the spec"));
      }
    }
    return violations;
  }

  private static Violation parser(String file, String message, String hint) {
    return new Violation(file, "", "parser", message, hint);
  }
}
