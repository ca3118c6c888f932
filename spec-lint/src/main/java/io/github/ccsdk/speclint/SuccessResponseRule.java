package io.github.ccsdk.speclint;

import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/**
 * Every operation documents a success, and every 2xx response with a body declares its content type
 * and schema: without them the SDK method cannot have a return type.
 */
final class SuccessResponseRule implements Rule {
  @Override
  public String name() {
    return "success-response";
  }

  @Override
  public String description() {
    return "Every operation documents a 2xx/3xx; every 2xx body has a content type and a schema.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    for (ParsedSpec.Op op : spec.operations()) {
      Map<String, ApiResponse> responses = op.operation().getResponses();
      boolean success = false;
      if (responses != null) {
        for (Map.Entry<String, ApiResponse> entry : responses.entrySet()) {
          String code = entry.getKey();
          if (!code.startsWith("2") && !code.startsWith("3")) {
            continue;
          }
          success = true;
          if (code.startsWith("2")) {
            check(spec, Pointer.of(op.pointer(), "responses", code), entry.getValue(), sink);
          }
        }
      }
      if (!success) {
        sink.report(
            Pointer.of(op.pointer(), "responses"),
            "operation documents no 2xx or 3xx response",
            "add the success response, e.g. `'200': {description: ..., content: ...}`");
      }
    }
  }

  private static void check(ParsedSpec spec, String usedAt, ApiResponse response, Sink sink) {
    ApiResponse resolved = spec.resolve(response);
    String pointer = ParsedSpec.definedAt(usedAt, response.get$ref());
    if (resolved == null || resolved.getContent() == null) {
      return; // no body, e.g. 204
    }
    if (resolved.getContent().isEmpty()) {
      sink.report(
          pointer,
          "response declares `content` with no media type",
          "name the content type, e.g. `content: {application/json: {schema: ...}}`, or drop"
              + " `content` if the response has no body");
      return;
    }
    resolved
        .getContent()
        .forEach(
            (type, media) -> {
              if (media.getSchema() == null) {
                sink.report(
                    Pointer.of(pointer, "content", type),
                    "response body \"" + type + "\" has no schema",
                    "add `schema:` (a $ref to a component, or `type: string, format: binary` for"
                        + " files)");
              }
            });
  }
}
