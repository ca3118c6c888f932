package io.github.ccsdk.generator;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Narrows a spec to what the SDK sends and reads, before generation. A spec describes everything
 * the server accepts; the SDK uses one canonical form of each thing:
 *
 * <ul>
 *   <li>An operation marked {@value #WIRE_FORM_OF} (another wire form of the named operation, such
 *       as ContactNow's POST form of a read) gets no SDK method; a property so marked (another name
 *       of the named property, such as an upload part an official client names otherwise) gets no
 *       field.
 *   <li>A request media type marked {@value #MISLABELLED_JSON} (JSON sent under another content
 *       type) is not one the SDK sends; a request body with no other media type is not sent.
 *   <li>Scalar alternatives, an {@code anyOf} (or a {@code oneOf} without discriminator) whose
 *       members are all scalars such as {@code [integer, numeric string]}, take the Java type of
 *       their first member, the canonical form. Jackson reads the other forms into it: {@code
 *       "351"} into a {@code Long}, {@code 0} into a {@code String}.
 * </ul>
 *
 * The spec file itself keeps every form; the validator and the replay server read that.
 */
@SuppressWarnings("rawtypes") // swagger's models are raw in places
final class SdkView {
  static final String WIRE_FORM_OF = "x-ccsdk-wire-form-of";
  static final String MISLABELLED_JSON = "x-ccsdk-mislabelled-json";

  private static final Set<String> SCALARS = Set.of("integer", "number", "string", "boolean");
  private static final java.util.regex.Pattern SCHEMA_REF =
      java.util.regex.Pattern.compile("\"#/components/schemas/([^\"]+)\"");

  private final OpenAPI openAPI;
  private final Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private SdkView(OpenAPI openAPI) {
    this.openAPI = openAPI;
  }

  /** Narrows {@code openAPI} in place. */
  static void apply(OpenAPI openAPI) {
    new SdkView(openAPI).run();
  }

  private void run() {
    Components c = openAPI.getComponents();
    if (openAPI.getPaths() != null) {
      Set<String> before = reachable();
      openAPI.getPaths().values().removeIf(this::dropWireForms);
      if (c != null && c.getSchemas() != null) {
        // Component schemas only the dropped operations used (their filters, say) go with them.
        Set<String> after = reachable();
        c.getSchemas().keySet().removeIf(name -> before.contains(name) && !after.contains(name));
      }
      openAPI.getPaths().values().forEach(this::pathItem);
    }
    if (c == null) {
      return;
    }
    if (c.getSchemas() != null) {
      c.getSchemas().replaceAll((name, s) -> schema(s));
    }
    if (c.getParameters() != null) {
      c.getParameters().values().forEach(this::parameter);
    }
    if (c.getRequestBodies() != null) {
      c.getRequestBodies().values().forEach(this::requestBody);
      c.getRequestBodies()
          .values()
          .removeIf(b -> b.getContent() == null || b.getContent().isEmpty());
    }
    if (c.getResponses() != null) {
      c.getResponses().values().forEach(this::response);
    }
    if (c.getHeaders() != null) {
      c.getHeaders().values().forEach(this::header);
    }
  }

  /** The component schemas the paths refer to, directly or through other schemas. */
  private Set<String> reachable() {
    Set<String> names = new java.util.HashSet<>();
    java.util.Deque<String> json = new java.util.ArrayDeque<>();
    json.add(toJson(openAPI.getPaths()));
    Map<String, Schema> schemas =
        openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
            ? Map.of()
            : openAPI.getComponents().getSchemas();
    while (!json.isEmpty()) {
      java.util.regex.Matcher m = SCHEMA_REF.matcher(json.pop());
      while (m.find()) {
        if (names.add(m.group(1)) && schemas.containsKey(m.group(1))) {
          json.add(toJson(schemas.get(m.group(1))));
        }
      }
    }
    return names;
  }

  private static String toJson(Object node) {
    try {
      return io.swagger.v3.core.util.Json.mapper().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the spec model as JSON", e);
    }
  }

  /** Removes the wire-form operations of {@code item}; true if none is left. */
  private boolean dropWireForms(PathItem item) {
    for (Map.Entry<PathItem.HttpMethod, Operation> op : item.readOperationsMap().entrySet()) {
      Map<String, Object> ext = op.getValue().getExtensions();
      if (ext != null && ext.get(WIRE_FORM_OF) != null) {
        item.operation(op.getKey(), null);
      }
    }
    return item.readOperations().isEmpty();
  }

  private void pathItem(PathItem item) {
    if (item.getParameters() != null) {
      item.getParameters().forEach(this::parameter);
    }
    for (Operation op : item.readOperations()) {
      if (op.getParameters() != null) {
        op.getParameters().forEach(this::parameter);
      }
      if (op.getRequestBody() != null) {
        RequestBody body = resolve(op.getRequestBody());
        requestBody(body);
        if (body.getContent() == null || body.getContent().isEmpty()) {
          op.setRequestBody(null); // only mislabelled forms: the SDK sends no body
        }
      }
      if (op.getResponses() != null) {
        op.getResponses().values().forEach(this::response);
      }
    }
  }

  /** {@code body}, or the component it refers to. */
  private RequestBody resolve(RequestBody body) {
    if (body.get$ref() == null) {
      return body;
    }
    String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
    Components c = openAPI.getComponents();
    RequestBody target =
        c == null || c.getRequestBodies() == null ? null : c.getRequestBodies().get(name);
    return target == null ? body : target;
  }

  private void parameter(Parameter p) {
    if (p.getSchema() != null) {
      p.setSchema(schema(p.getSchema()));
    }
    content(p.getContent());
  }

  private void requestBody(RequestBody body) {
    Content content = body.getContent();
    if (content != null) {
      content
          .values()
          .removeIf(
              m ->
                  m.getExtensions() != null
                      && Boolean.TRUE.equals(m.getExtensions().get(MISLABELLED_JSON)));
    }
    content(content);
  }

  private void response(ApiResponse r) {
    content(r.getContent());
    if (r.getHeaders() != null) {
      r.getHeaders().values().forEach(this::header);
    }
  }

  private void header(Header h) {
    if (h.getSchema() != null) {
      h.setSchema(schema(h.getSchema()));
    }
  }

  private void content(Content content) {
    if (content != null) {
      for (MediaType m : content.values()) {
        if (m.getSchema() != null) {
          m.setSchema(schema(m.getSchema()));
        }
      }
    }
  }

  /** The schema to generate from in place of {@code s}; its children are narrowed in place. */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger's models are raw in places
  private Schema<?> schema(Schema<?> s) {
    if (s == null) {
      return null;
    }
    Schema<?> canonical = canonical(s);
    if (canonical != null) {
      return canonical;
    }
    if (!seen.add(s)) {
      return s;
    }
    if (s.getProperties() != null) {
      Map<String, Schema> properties = (Map) s.getProperties();
      for (String name : List.copyOf(properties.keySet())) {
        Map<String, Object> ext = properties.get(name).getExtensions();
        if (ext != null && ext.get(WIRE_FORM_OF) != null) {
          // Another spelling of a property, accepted by the server, never sent by the SDK.
          properties.remove(name);
          if (s.getRequired() != null) {
            s.getRequired().remove(name);
          }
        }
      }
      properties.replaceAll((name, p) -> schema(p));
    }
    if (s.getItems() != null) {
      s.setItems((Schema) schema(s.getItems()));
    }
    if (s.getAdditionalProperties() instanceof Schema<?> additional) {
      s.setAdditionalProperties(schema(additional));
    }
    if (s.getNot() != null) {
      s.setNot((Schema) schema(s.getNot()));
    }
    for (List<Schema> members :
        List.of(nonNull(s.getAllOf()), nonNull(s.getAnyOf()), nonNull(s.getOneOf()))) {
      members.replaceAll(m -> (Schema) schema(m));
    }
    return s;
  }

  /**
   * For scalar alternatives, a schema of the first member's type carrying the property's own
   * documentation; null for any other schema.
   */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger's models are raw in places
  private Schema<?> canonical(Schema<?> s) {
    List<Schema> members = s.getAnyOf() != null ? s.getAnyOf() : s.getOneOf();
    if (members == null
        || members.isEmpty()
        || s.getAllOf() != null
        || (s.getOneOf() != null && s.getDiscriminator() != null)
        || s.getProperties() != null) {
      return null;
    }
    for (Schema<?> m : members) {
      if (!isScalar(m)) {
        return null;
      }
    }
    Schema<?> first = members.get(0);
    Schema out = new Schema<>();
    if (first.get$ref() != null) {
      out.set$ref(first.get$ref());
    } else {
      out.setType(first.getType());
      out.setFormat(first.getFormat());
      out.setPattern(first.getPattern());
      out.setEnum(first.getEnum());
      out.setMinimum(first.getMinimum());
      out.setMaximum(first.getMaximum());
      out.setMinLength(first.getMinLength());
      out.setMaxLength(first.getMaxLength());
      out.setExtensions(first.getExtensions());
    }
    out.setTitle(s.getTitle());
    out.setDescription(s.getDescription());
    out.setNullable(s.getNullable());
    out.setReadOnly(s.getReadOnly());
    out.setWriteOnly(s.getWriteOnly());
    out.setDeprecated(s.getDeprecated());
    if (s.getExample() != null) {
      out.setExample(s.getExample());
    }
    if (s.getDefault() != null) {
      out.setDefault(s.getDefault());
    }
    if (s.getExtensions() != null) {
      s.getExtensions().forEach(out::addExtension);
    }
    return out;
  }

  /** A string, number, integer or boolean, inline or as a {@code $ref} to one (an enum, say). */
  private boolean isScalar(Schema<?> m) {
    Schema<?> target = m;
    if (m.get$ref() != null) {
      String ref = m.get$ref();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      Components c = openAPI.getComponents();
      target = c == null || c.getSchemas() == null ? null : c.getSchemas().get(name);
      if (target == null) {
        return false;
      }
    }
    return target.getType() != null
        && SCALARS.contains(target.getType())
        && target.getProperties() == null
        && target.getAnyOf() == null
        && target.getOneOf() == null
        && target.getAllOf() == null;
  }

  @SuppressWarnings("rawtypes") // swagger's models are raw in places
  private static List<Schema> nonNull(List<Schema> list) {
    return list == null ? new ArrayList<>() : list;
  }
}
