package io.github.ccsdk.speclint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;

/**
 * Every {@code example} and {@code examples} value validates against its schema. Examples are the
 * seeds of wire tests and recordings, so one that contradicts its schema is a bug in one of them.
 *
 * <p>Values are taken from the raw YAML, exactly as written (the parsed model converts some), and
 * checked with the OpenAPI 3.0 dialect of networknt's JSON Schema validator, formats asserted.
 */
final class ExamplesRule implements Rule {
  // Keywords the dialect does not know (x- extensions, the `components` that validate() carries
  // along) are ignored quietly: the parser already reports misspelt schema keywords.
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDialect(
          Dialect.builder(Dialects.getOpenApi30())
              .unknownKeywordFactory((name, context) -> new NonValidationKeyword(name))
              .build(),
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final int MAX_ERRORS_SHOWN = 3;

  @Override
  public String name() {
    return "examples";
  }

  @Override
  public String description() {
    return "Every example validates against its schema (OpenAPI 3.0 dialect, formats asserted).";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    new SpecWalker() {
      @Override
      void schema(String pointer, Schema<?> schema, boolean componentRoot) {
        JsonNode node = at(spec, pointer);
        if (node.has("example")) {
          validate(spec, node, node.get("example"), Pointer.of(pointer, "example"), sink);
        }
      }

      @Override
      void mediaType(String pointer, MediaType mediaType) {
        withSchema(spec, pointer, sink);
      }

      @Override
      void parameter(String pointer, Parameter parameter) {
        withSchema(spec, pointer, sink);
      }

      @Override
      void header(String pointer, Header header) {
        withSchema(spec, pointer, sink);
      }
    }.walk(spec);
  }

  /** Checks {@code example} and {@code examples} of a node that holds a {@code schema}. */
  private static void withSchema(ParsedSpec spec, String pointer, Sink sink) {
    JsonNode node = at(spec, pointer);
    JsonNode schema = node.get("schema");
    if (schema == null) {
      return;
    }
    if (node.has("example")) {
      validate(spec, schema, node.get("example"), Pointer.of(pointer, "example"), sink);
    }
    JsonNode examples = node.path("examples");
    examples
        .fieldNames()
        .forEachRemaining(
            name -> {
              String at = Pointer.of(pointer, "examples", name);
              JsonNode example = examples.get(name);
              if (example.has("$ref")) {
                at = ParsedSpec.definedAt(at, example.get("$ref").asText());
                example = at(spec, at);
              }
              if (example.has("value")) {
                validate(spec, schema, example.get("value"), Pointer.of(at, "value"), sink);
              }
            });
  }

  private static void validate(
      ParsedSpec spec, JsonNode schema, JsonNode value, String pointer, Sink sink) {
    // The schema is checked inside a copy that carries the spec's components, so that internal
    // references such as #/components/schemas/X resolve against the spec itself.
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.putArray("allOf").add(schema);
    if (spec.tree.has("components")) {
      document.set("components", spec.tree.get("components"));
    }
    List<Error> errors;
    try {
      errors = REGISTRY.getSchema(document).validate(value);
    } catch (RuntimeException e) {
      sink.report(
          pointer,
          "the example's schema cannot be evaluated: " + e.getMessage(),
          "fix the schema the example belongs to");
      return;
    }
    if (errors.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("example does not match its schema: ");
    for (int i = 0; i < Math.min(errors.size(), MAX_ERRORS_SHOWN); i++) {
      Error error = errors.get(i);
      message
          .append(i == 0 ? "" : "; ")
          .append(error.getInstanceLocation())
          .append(": ")
          .append(error.getMessage());
    }
    if (errors.size() > MAX_ERRORS_SHOWN) {
      message.append(" (and ").append(errors.size() - MAX_ERRORS_SHOWN).append(" more)");
    }
    sink.report(
        pointer,
        message.toString(),
        "correct the example, or the schema if the example is what the vendor sends");
  }

  private static JsonNode at(ParsedSpec spec, String pointer) {
    return spec.tree.at(JsonPointer.compile(pointer));
  }
}
