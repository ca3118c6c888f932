package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import io.github.ccsdk.core.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Encodes request bodies by the Content-Type the generated method declares.
 *
 * <ul>
 *   <li>{@code multipart/form-data}: one part per non-null parameter; an {@link Upload} becomes a
 *       file part with its file name and type, a scalar a text part, an object or array a JSON
 *       part.
 *   <li>{@code application/x-www-form-urlencoded}: UTF-8, every byte but {@code A-Z a-z 0-9 - . _
 *       ~} percent-encoded, so a space is {@code %20} and a {@code +} is {@code %2B} (never
 *       ambiguous, unlike the {@code +}-for-space form). A model is flattened to its JSON
 *       properties; nested objects are sent as JSON text.
 *   <li>anything else: JSON via {@link Json#mapper()}, except raw bytes, an {@link Upload} (the
 *       whole body) and text for a text Content-Type.
 * </ul>
 *
 * <p>Feign passes {@code @Param}s that no template uses as a {@code Map<String, ?>} body ({@link
 * Encoder#MAP_STRING_WILDCARD}); that is how form and multipart fields arrive here.
 */
final class CoreEncoder implements Encoder {
  private static final String CRLF = "\r\n";
  private static final String CONTENT_TYPE = "Content-Type";

  /** Stands for the body of an {@link OptionalBody} method called with null: send none. */
  static final Object NO_BODY =
      new Object() {
        @Override
        public String toString() {
          return "(no body)";
        }
      };

  private final ObjectMapper mapper;
  private final Supplier<String> boundaries;

  CoreEncoder(ObjectMapper mapper) {
    this(mapper, () -> "ccsdk-" + UUID.randomUUID().toString().replace("-", ""));
  }

  CoreEncoder(ObjectMapper mapper, Supplier<String> boundaries) {
    this.mapper = mapper;
    this.boundaries = boundaries;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (object == NO_BODY) {
      template.removeHeader(CONTENT_TYPE);
      return;
    }
    String contentType = Http.header(template.headers(), CONTENT_TYPE);
    String media = Http.mediaType(contentType);
    try {
      if ("multipart/form-data".equals(media)) {
        multipart(fields(object), template);
      } else if ("application/x-www-form-urlencoded".equals(media)) {
        form(fields(object), template);
      } else if (object == null) {
        return;
      } else if (object instanceof byte[]) {
        template.body((byte[]) object, null);
        defaultContentType(template, contentType, "application/octet-stream");
      } else if (object instanceof Upload) {
        Upload upload = (Upload) object;
        template.body(upload.bytes(), null);
        defaultContentType(template, contentType, upload.contentType());
      } else if (object instanceof CharSequence && media != null && !Http.isJson(media)) {
        template.body(object.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      } else {
        template.body(mapper.writeValueAsBytes(object), StandardCharsets.UTF_8);
        defaultContentType(template, contentType, "application/json");
      }
    } catch (IOException e) {
      // Jackson's messages can quote the value being written; the type is enough to find it.
      throw new EncodeException(
          "could not encode the request body ("
              + e.getClass().getSimpleName()
              + " for "
              + (object == null ? "null" : object.getClass().getSimpleName())
              + ")",
          e);
    }
  }

  private static void defaultContentType(RequestTemplate template, String current, String type) {
    if (current == null) {
      template.header(CONTENT_TYPE, type);
    }
  }

  /** The fields of a form: the entries of a Map, or the JSON properties of a model. */
  private List<Map.Entry<String, Object>> fields(Object object) {
    List<Map.Entry<String, Object>> fields = new ArrayList<>();
    if (object == null) {
      return fields;
    }
    if (object instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) object).entrySet()) {
        if (e.getKey() != null) {
          explode(String.valueOf(e.getKey()), e.getValue(), fields);
        }
      }
      return fields;
    }
    JsonNode tree = mapper.valueToTree(object);
    if (!tree.isObject()) {
      throw new EncodeException(
          "a form body must be a Map or an object, not " + object.getClass().getSimpleName());
    }
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      explode(e.getKey(), e.getValue(), fields);
    }
    return fields;
  }

  /** A list becomes one field per element (name repeated); null and empty Optional none. */
  private static void explode(String name, Object value, List<Map.Entry<String, Object>> out) {
    if (value == null || (value instanceof JsonNode && ((JsonNode) value).isNull())) {
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> explode(name, v, out));
    } else if (value instanceof JsonNode) {
      // A JsonNode is Iterable over its children: only an array is a list of fields.
      JsonNode node = (JsonNode) value;
      if (node.isArray()) {
        for (JsonNode element : node) {
          if (!element.isNull()) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(name, element));
          }
        }
      } else {
        out.add(new AbstractMap.SimpleImmutableEntry<>(name, node));
      }
    } else if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        if (element != null) {
          out.add(new AbstractMap.SimpleImmutableEntry<>(name, element));
        }
      }
    } else if (value instanceof Object[]) {
      for (Object element : (Object[]) value) {
        if (element != null) {
          out.add(new AbstractMap.SimpleImmutableEntry<>(name, element));
        }
      }
    } else {
      out.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
    }
  }

  private void form(List<Map.Entry<String, Object>> fields, RequestTemplate template) {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, Object> field : fields) {
      if (field.getValue() instanceof Upload) {
        throw new EncodeException(
            "field \""
                + field.getKey()
                + "\" is an Upload, which needs Content-Type multipart/form-data");
      }
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(PercentEncoding.encode(field.getKey()))
          .append('=')
          .append(PercentEncoding.encode(text(json(field.getValue()))));
    }
    template.body(body.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private void multipart(List<Map.Entry<String, Object>> fields, RequestTemplate template)
      throws IOException {
    String boundary = boundaries.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> field : fields) {
      write(out, "--" + boundary + CRLF);
      String disposition = "Content-Disposition: form-data; name=\"" + quote(field.getKey()) + '"';
      Object value = field.getValue();
      if (value instanceof Upload) {
        Upload upload = (Upload) value;
        write(out, disposition + "; filename=\"" + quote(upload.filename()) + '"' + CRLF);
        write(out, CONTENT_TYPE + ": " + upload.contentType() + CRLF + CRLF);
        out.write(upload.bytes());
      } else {
        JsonNode node = json(value);
        if (node.isContainerNode()) {
          write(out, disposition + CRLF);
          write(out, CONTENT_TYPE + ": application/json" + CRLF + CRLF);
        } else {
          // No Content-Type, as browsers send text fields: some servers file a typed part
          // without a file name as a file rather than a field.
          write(out, disposition + CRLF + CRLF);
        }
        write(out, text(node));
      }
      write(out, CRLF);
    }
    write(out, "--" + boundary + "--" + CRLF);
    template.body(out.toByteArray(), null);
    template.header(CONTENT_TYPE, "multipart/form-data; boundary=" + boundary);
  }

  private JsonNode json(Object value) {
    return value instanceof JsonNode ? (JsonNode) value : mapper.valueToTree(value);
  }

  /** A scalar's text as JSON would write it (so an OpenEnum is its wire value); else JSON. */
  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /** Escapes a name for a quoted header parameter as browsers do (WHATWG multipart encoding). */
  private static String quote(String s) {
    return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static void write(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
  }
}
