package io.github.ccsdk.generator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Where a spec's error bodies carry the vendor's code and message, as the Java expression of the
 * SDK's {@code io.github.ccsdk.core.spi.ErrorFormat} ({@code <Sdk>Exception.ERROR_FORMAT}).
 *
 * <p>An error schema names its properties with {@value #CODE} and {@value #MESSAGE} (on the schema,
 * not the properties: a property that is a {@code $ref} can carry no extension in OpenAPI 3.0). The
 * root {@code x-ccsdk-error-schema} gives the format of every operation; an operation whose error
 * responses use another marked schema (Comm100's OAuth token endpoint) gets that one. A schema
 * marked {@value #OAUTH2} is an RFC 6749 section 5.2 token-endpoint error, which the runtime turns
 * into {@code UNAUTHORIZED} for refused credentials.
 */
final class ErrorFormats {
  static final String ERROR_SCHEMA = "x-ccsdk-error-schema";
  static final String CODE = "x-ccsdk-error-code";
  static final String MESSAGE = "x-ccsdk-error-message";
  static final String OAUTH2 = "x-ccsdk-oauth2-error";

  private ErrorFormats() {}

  /** The schema named by the root {@code x-ccsdk-error-schema}, or null when there is none. */
  static String errorSchema(OpenAPI openAPI) {
    Object name =
        openAPI.getExtensions() == null ? null : openAPI.getExtensions().get(ERROR_SCHEMA);
    if (name == null) {
      return null;
    }
    if (!(name instanceof String text) || schemas(openAPI).get(text) == null) {
      throw new IllegalArgumentException(
          ERROR_SCHEMA + " must name a schema of components/schemas; got " + name);
    }
    return text;
  }

  /** The Java expression of the spec's error format. */
  static String expression(OpenAPI openAPI) {
    String root = errorSchema(openAPI);
    String base = root == null ? null : of(openAPI, root);
    StringBuilder out = new StringBuilder(base == null ? "ErrorFormat.none()" : base);
    for (Map.Entry<String, String> op : operations(openAPI, root).entrySet()) {
      out.append("\n          .withOperation(")
          .append(OpenEnums.javaString(op.getKey()))
          .append(", ")
          .append(op.getValue())
          .append(')');
    }
    return out.toString();
  }

  /** The format of one schema, or null when it marks neither code nor message. */
  private static String of(OpenAPI openAPI, String schemaName) {
    Schema<?> schema = schemas(openAPI).get(schemaName);
    Map<String, Object> ext = schema.getExtensions() == null ? Map.of() : schema.getExtensions();
    String code = property(schemaName, schema, ext.get(CODE), CODE);
    String message = property(schemaName, schema, ext.get(MESSAGE), MESSAGE);
    if (code == null && message == null) {
      return null;
    }
    return (Boolean.TRUE.equals(ext.get(OAUTH2)) ? "ErrorFormat.oauth2(" : "ErrorFormat.json(")
        + (code == null ? "null" : OpenEnums.javaString(code))
        + ", "
        + (message == null ? "null" : OpenEnums.javaString(message))
        + ")";
  }

  private static String property(String schemaName, Schema<?> schema, Object value, String ext) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String name)
        || schema.getProperties() == null
        || !schema.getProperties().containsKey(name)) {
      throw new IllegalArgumentException(
          "components/schemas/"
              + schemaName
              + ": "
              + ext
              + " must name one of its properties; got "
              + value);
    }
    return name;
  }

  /**
   * Operations whose 4xx/5xx responses use a marked schema other than the root's, by request line
   * ("POST /oauth/token").
   */
  private static Map<String, String> operations(OpenAPI openAPI, String root) {
    Map<String, String> found = new LinkedHashMap<>();
    if (openAPI.getPaths() == null) {
      return found;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        if (op.getValue().getResponses() == null) {
          continue;
        }
        String line = op.getKey().name().toUpperCase(Locale.ROOT) + " " + path.getKey();
        for (Map.Entry<String, ApiResponse> response : op.getValue().getResponses().entrySet()) {
          if (!isError(response.getKey())) {
            continue;
          }
          String schema = errorSchemaOf(openAPI, response.getValue());
          String format = schema == null || schema.equals(root) ? null : of(openAPI, schema);
          if (format == null) {
            continue;
          }
          String before = found.putIfAbsent(line, format);
          if (before != null && !before.equals(format)) {
            throw new IllegalArgumentException(
                line + ": its error responses use error schemas of different formats");
          }
        }
      }
    }
    return found;
  }

  private static boolean isError(String status) {
    return status.startsWith("4") || status.startsWith("5") || status.equals("default");
  }

  /** The component schema a response's body refers to, or null. */
  private static String errorSchemaOf(OpenAPI openAPI, ApiResponse response) {
    ApiResponse resolved = ModelUtils.getReferencedApiResponse(openAPI, response);
    if (resolved == null || resolved.getContent() == null) {
      return null;
    }
    for (MediaType media : resolved.getContent().values()) {
      Schema<?> schema = media.getSchema();
      if (schema != null && schema.get$ref() != null) {
        return ModelUtils.getSimpleRef(schema.get$ref());
      }
    }
    return null;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Schema<?>> schemas(OpenAPI openAPI) {
    Map raw =
        openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
            ? Map.of()
            : openAPI.getComponents().getSchemas();
    return raw;
  }
}
