package io.github.ccsdk.speclint;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every 4xx/5xx response uses the vendor's shared error schema, so the SDK can decode every error
 * into one typed exception. The schema is named at the root by {@value #ROOT_EXTENSION}; a response
 * that really has another body says why in {@value #EXEMPT_EXTENSION}.
 */
final class ErrorSchemaRule implements Rule {
  static final String ROOT_EXTENSION = "x-ccsdk-error-schema";
  static final String EXEMPT_EXTENSION = "x-ccsdk-no-error-schema";

  @Override
  public String name() {
    return "error-schema";
  }

  @Override
  public String description() {
    return "Every 4xx/5xx body is the root x-ccsdk-error-schema, or says why not in x-ccsdk-no-error-schema.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    Object declared =
        spec.model.getExtensions() == null ? null : spec.model.getExtensions().get(ROOT_EXTENSION);
    String errorSchema = declared instanceof String name ? name : null;
    @SuppressWarnings("rawtypes") // Swagger's model holds raw Schema maps
    Map<String, Schema> schemas = spec.components().getSchemas();
    if (declared != null
        && (errorSchema == null || schemas == null || !schemas.containsKey(errorSchema))) {
      sink.report(
          "/" + ROOT_EXTENSION,
          "`"
              + ROOT_EXTENSION
              + "` names \""
              + declared
              + "\", which is not a schema in components",
          "set it to the name of the error schema under components/schemas");
      errorSchema = null;
    }
    Set<String> checked = new HashSet<>();
    for (ParsedSpec.Op op : spec.operations()) {
      if (op.operation().getResponses() == null) {
        continue;
      }
      for (Map.Entry<String, ApiResponse> entry : op.operation().getResponses().entrySet()) {
        String code = entry.getKey();
        if (!code.startsWith("4") && !code.startsWith("5")) {
          continue;
        }
        String pointer =
            ParsedSpec.definedAt(
                Pointer.of(op.pointer(), "responses", code), entry.getValue().get$ref());
        if (checked.add(pointer)) {
          check(spec.resolve(entry.getValue()), pointer, declared == null, errorSchema, sink);
        }
      }
    }
  }

  private static void check(
      ApiResponse response, String pointer, boolean undeclared, String errorSchema, Sink sink) {
    if (response == null) {
      return;
    }
    Object exempt =
        response.getExtensions() == null ? null : response.getExtensions().get(EXEMPT_EXTENSION);
    if (exempt != null) {
      if (!(exempt instanceof String reason) || reason.isBlank()) {
        sink.report(
            Pointer.of(pointer, EXEMPT_EXTENSION),
            "`" + EXEMPT_EXTENSION + "` gives no reason",
            "write one sentence saying why this response does not carry the shared error schema");
      }
      return;
    }
    if (undeclared) {
      sink.report(
          pointer,
          "error response, but the spec declares no shared error schema",
          "name it at the root: `" + ROOT_EXTENSION + ": <SchemaName>`");
      return;
    }
    if (errorSchema == null) {
      return; // the root declaration is broken, reported once above
    }
    String expected = "#/components/schemas/" + errorSchema;
    if (response.getContent() == null || response.getContent().isEmpty()) {
      sink.report(
          pointer,
          "error response has no body schema",
          "add `content: {application/json: {schema: {$ref: '"
              + expected
              + "'}}}` or `"
              + EXEMPT_EXTENSION
              + ": <reason>`");
      return;
    }
    response
        .getContent()
        .forEach(
            (type, media) -> {
              String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
              if (!expected.equals(ref)) {
                sink.report(
                    Pointer.of(pointer, "content", type, "schema"),
                    "error body does not reference the shared error schema " + errorSchema,
                    "use `schema: {$ref: '"
                        + expected
                        + "'}` or `"
                        + EXEMPT_EXTENSION
                        + ": <reason>`");
              }
            });
  }
}
