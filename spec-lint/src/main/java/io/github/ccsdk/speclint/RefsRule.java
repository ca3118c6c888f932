package io.github.ccsdk.speclint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Every {@code $ref} points inside the spec, at a node that exists. A published spec is one file: a
 * reference to another file, or to a node that is not there, leaves a consumer's tool without the
 * definition.
 */
final class RefsRule implements Rule {
  @Override
  public String name() {
    return "refs";
  }

  @Override
  public String description() {
    return "Every $ref points inside the spec, at a node that exists.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    walk(spec.tree, spec.tree, "", sink);
  }

  private static void walk(JsonNode root, JsonNode node, String pointer, Sink sink) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String at = Pointer.of(pointer, field.getKey());
        if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
          check(root, field.getValue().asText(), at, sink);
        } else if (!isData(field.getKey(), pointer)) {
          walk(root, field.getValue(), at, sink);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(root, node.get(i), Pointer.of(pointer, i), sink);
      }
    }
  }

  /**
   * Extensions and example, default and enum values are free-form: a {@code $ref} key there is
   * data, not a reference.
   */
  private static boolean isData(String key, String parent) {
    return key.startsWith("x-")
        || key.equals("example")
        || key.equals("default")
        || key.equals("enum")
        || (key.equals("value") && parent.matches(".*/examples/[^/]+"));
  }

  private static void check(JsonNode root, String ref, String pointer, Sink sink) {
    if (!ref.startsWith("#/")) {
      sink.report(
          pointer,
          "`" + ref + "` points outside the spec",
          "move the definition into components and refer to it as `#/components/...`");
      return;
    }
    JsonNode target;
    try {
      target = root.at(JsonPointer.compile(ref.substring(1)));
    } catch (IllegalArgumentException e) {
      sink.report(pointer, "`" + ref + "` is not a JSON pointer", "write `#/components/...`");
      return;
    }
    if (target.isMissingNode()) {
      sink.report(
          pointer, "`" + ref + "` points at nothing", "define it, or correct the reference");
    }
  }
}
