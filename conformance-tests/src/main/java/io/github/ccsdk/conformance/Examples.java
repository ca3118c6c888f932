package io.github.ccsdk.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the spec's examples answer an operation with, for {@code serve --examples}: the first
 * success (2xx) response in the order the spec lists them; its first media type that has an example
 * (the media's {@code example}, else its first {@code examples} value, else its schema's {@code
 * example}) as the body, with that media type as Content-Type; and every documented header that has
 * an example ({@code Location}, ...).
 */
final class Examples {
  /**
   * An answer built from the spec; {@code source} is the pointer of the body's example, or null.
   */
  record Answer(int status, List<Har.Header> headers, byte[] body, String source) {}

  /** An example value and the JSON pointer it is at. */
  private record Found(JsonNode value, String pointer) {}

  private Examples() {}

  /** The answer for {@code op}, or null when the spec documents no success response. */
  static Answer of(Spec spec, Spec.Operation op) {
    for (Map.Entry<String, Spec.Response> e : op.responses().entrySet()) {
      if (!e.getKey().startsWith("2")) {
        continue;
      }
      Spec.Response response = e.getValue();
      int status = e.getKey().equals("2XX") ? 200 : Integer.parseInt(e.getKey());
      List<Har.Header> headers = new ArrayList<>();
      for (Spec.Header h : response.headers()) {
        Found example =
            find(spec, response.pointer() + "/headers/" + Spec.escape(h.name()), h.schemaPointer());
        if (example != null) {
          headers.add(new Har.Header(h.name(), example.value().asText()));
        }
      }
      for (Spec.Media media : response.content()) {
        Found example =
            find(
                spec,
                response.pointer() + "/content/" + Spec.escape(media.range()),
                media.schemaPointer());
        if (example == null) {
          continue;
        }
        String type = media.range().contains("*") ? "application/octet-stream" : media.range();
        boolean json = Texts.isJson(Texts.mediaType(type)) || media.mislabelledJson();
        String text =
            json || !example.value().isTextual()
                ? Spec.json(example.value())
                : example.value().asText();
        headers.add(new Har.Header("Content-Type", type));
        return new Answer(
            status, List.copyOf(headers), text.getBytes(StandardCharsets.UTF_8), example.pointer());
      }
      return new Answer(status, List.copyOf(headers), new byte[0], null);
    }
    return null;
  }

  /** The {@code example} at {@code at}, the first of its {@code examples}, or its schema's. */
  private static Found find(Spec spec, String pointer, String schemaPointer) {
    Spec.Resolved resolved = spec.resolve(spec.at(pointer), pointer);
    JsonNode node = resolved.node();
    String at = resolved.pointer();
    if (node.has("example")) {
      return new Found(node.get("example"), at + "/example");
    }
    JsonNode examples = node.path("examples");
    if (examples.isObject() && !examples.isEmpty()) {
      String first = at + "/examples/" + Spec.escape(examples.fieldNames().next());
      JsonNode value = spec.resolve(spec.at(first), first).node().get("value");
      if (value != null) {
        return new Found(value, first + "/value");
      }
    }
    if (schemaPointer != null) {
      Spec.Resolved schema = spec.resolve(spec.at(schemaPointer), schemaPointer);
      if (schema.node().has("example")) {
        return new Found(schema.node().get("example"), schema.pointer() + "/example");
      }
    }
    return null;
  }
}
