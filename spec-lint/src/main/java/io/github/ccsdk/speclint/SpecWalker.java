package io.github.ccsdk.speclint;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits every definition in a spec (not its references) with the JSON pointer of its node:
 * parameters, headers, media types and schemas, in components and in operations alike. Rules
 * override the callbacks they need.
 */
abstract class SpecWalker {

  /** A parameter definition (never a {@code $ref}). */
  void parameter(String pointer, Parameter parameter) {}

  /** A header definition (never a {@code $ref}). */
  void header(String pointer, Header header) {}

  /** A media type object of a request body, response, parameter or header. */
  void mediaType(String pointer, MediaType mediaType) {}

  /**
   * A schema definition (never a {@code $ref}); {@code componentRoot} is true for the schemas
   * directly under {@code components/schemas}, which carry their own names.
   */
  void schema(String pointer, Schema<?> schema, boolean componentRoot) {}

  final void walk(ParsedSpec spec) {
    Components components = spec.components();
    each("/components/schemas", components.getSchemas(), (p, s) -> walkSchema(p, s, true, 0));
    each("/components/parameters", components.getParameters(), this::walkParameter);
    each("/components/headers", components.getHeaders(), this::walkHeader);
    each("/components/requestBodies", components.getRequestBodies(), this::walkRequestBody);
    each("/components/responses", components.getResponses(), this::walkResponse);
    if (spec.model.getPaths() != null) {
      spec.model
          .getPaths()
          .forEach(
              (path, item) -> walkParameters(Pointer.of("", "paths", path), item.getParameters()));
    }
    for (ParsedSpec.Op op : spec.operations()) {
      walkParameters(op.pointer(), op.operation().getParameters());
      walkRequestBody(Pointer.of(op.pointer(), "requestBody"), op.operation().getRequestBody());
      if (op.operation().getResponses() != null) {
        each(
            Pointer.of(op.pointer(), "responses"),
            op.operation().getResponses(),
            this::walkResponse);
      }
    }
  }

  private void walkParameters(String owner, List<Parameter> parameters) {
    if (parameters == null) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      walkParameter(Pointer.of(owner, "parameters", i), parameters.get(i));
    }
  }

  private void walkParameter(String pointer, Parameter parameter) {
    if (parameter == null || parameter.get$ref() != null) {
      return;
    }
    parameter(pointer, parameter);
    walkSchema(Pointer.of(pointer, "schema"), parameter.getSchema(), false, 0);
    walkContent(Pointer.of(pointer, "content"), parameter.getContent());
  }

  private void walkHeader(String pointer, Header header) {
    if (header == null || header.get$ref() != null) {
      return;
    }
    header(pointer, header);
    walkSchema(Pointer.of(pointer, "schema"), header.getSchema(), false, 0);
    walkContent(Pointer.of(pointer, "content"), header.getContent());
  }

  private void walkRequestBody(String pointer, RequestBody body) {
    if (body != null && body.get$ref() == null) {
      walkContent(Pointer.of(pointer, "content"), body.getContent());
    }
  }

  private void walkResponse(String pointer, ApiResponse response) {
    if (response == null || response.get$ref() != null) {
      return;
    }
    each(Pointer.of(pointer, "headers"), response.getHeaders(), this::walkHeader);
    walkContent(Pointer.of(pointer, "content"), response.getContent());
  }

  private void walkContent(String pointer, Content content) {
    each(
        pointer,
        content,
        (p, mediaType) -> {
          mediaType(p, mediaType);
          walkSchema(Pointer.of(p, "schema"), mediaType.getSchema(), false, 0);
        });
  }

  private void walkSchema(String pointer, Schema<?> schema, boolean componentRoot, int depth) {
    // Depth guards against a model that refers to itself through inline schemas.
    if (schema == null || schema.get$ref() != null || depth > 64) {
      return;
    }
    schema(pointer, schema, componentRoot);
    each(
        Pointer.of(pointer, "properties"),
        schema.getProperties(),
        (p, s) -> walkSchema(p, s, false, depth + 1));
    walkSchema(Pointer.of(pointer, "items"), schema.getItems(), false, depth + 1);
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      walkSchema(Pointer.of(pointer, "additionalProperties"), additional, false, depth + 1);
    }
    walkComposition(pointer, "allOf", schema.getAllOf(), depth);
    walkComposition(pointer, "anyOf", schema.getAnyOf(), depth);
    walkComposition(pointer, "oneOf", schema.getOneOf(), depth);
    walkSchema(Pointer.of(pointer, "not"), schema.getNot(), false, depth + 1);
  }

  @SuppressWarnings("rawtypes")
  private void walkComposition(String pointer, String keyword, List<Schema> members, int depth) {
    if (members == null) {
      return;
    }
    for (int i = 0; i < members.size(); i++) {
      walkSchema(Pointer.of(pointer, keyword, i), members.get(i), false, depth + 1);
    }
  }

  private static <T> void each(
      String pointer, Map<String, T> map, BiConsumer<String, ? super T> visit) {
    if (map != null) {
      map.forEach((name, value) -> visit.accept(Pointer.of(pointer, name), value));
    }
  }
}
