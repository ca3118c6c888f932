package io.github.ccsdk.speclint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Widenings to scalar alternatives, which the compat gate accepts. A schema that becomes an {@code
 * anyOf} (or a {@code oneOf} without discriminator) of scalars, one of which is the old schema (say
 * {@code integer} becoming {@code anyOf: [integer, numeric string]}), accepts every value it did
 * before, and the SDK keeps the Java type of the first alternative. openapi-diff calls any type
 * change in a response incompatible; where the spec is widened to what the server was seen to send,
 * that verdict would force a major version for a correction. So the baseline is shown the widened
 * schema at that place. A narrowing (alternatives removed) is still reported.
 */
final class ScalarWidening {
  private static final Set<String> SCALARS = Set.of("integer", "number", "string", "boolean");

  /** What must match for an alternative to be the old schema (documentation aside). */
  private static final List<String> SHAPE =
      List.of("type", "format", "pattern", "enum", "$ref", "x-ccsdk-open-enum");

  private ScalarWidening() {}

  /**
   * Replaces, in {@code baseline}, each schema that {@code current} widened to scalar alternatives
   * with the current schema; returns how many it replaced.
   */
  static int apply(JsonNode baseline, JsonNode current) {
    return walk(baseline, current, JsonPointer.empty());
  }

  private static int walk(JsonNode baseline, JsonNode node, JsonPointer at) {
    int replaced = 0;
    if (node.isObject()) {
      if (isScalarAlternatives(node)) {
        JsonNode old = baseline.at(at);
        JsonPointer parentAt = at.head();
        if (old.isObject()
            && !old.has("anyOf")
            && !old.has("oneOf")
            && covers(node, old)
            && parentAt != null
            && baseline.at(parentAt).isObject()) {
          ((ObjectNode) baseline.at(parentAt)).set(last(at), node.deepCopy());
          return 1;
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        replaced += walk(baseline, field.getValue(), at.appendProperty(field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        replaced += walk(baseline, node.get(i), at.appendIndex(i));
      }
    }
    return replaced;
  }

  private static boolean isScalarAlternatives(JsonNode node) {
    JsonNode members = node.has("anyOf") ? node.get("anyOf") : node.get("oneOf");
    if (members == null || !members.isArray() || members.isEmpty() || node.has("discriminator")) {
      return false;
    }
    for (JsonNode m : members) {
      boolean scalar = m.has("$ref") || SCALARS.contains(m.path("type").asText());
      if (!scalar || m.has("properties") || m.has("anyOf") || m.has("oneOf")) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the alternatives of {@code widened} has the shape of {@code old}. */
  private static boolean covers(JsonNode widened, JsonNode old) {
    JsonNode members = widened.has("anyOf") ? widened.get("anyOf") : widened.get("oneOf");
    for (JsonNode m : members) {
      boolean same = true;
      for (String key : SHAPE) {
        same &= java.util.Objects.equals(m.get(key), old.get(key));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** The last reference token of {@code at}, unescaped. */
  private static String last(JsonPointer at) {
    JsonPointer tail = at;
    while (tail.tail() != null && !tail.tail().matches()) {
      tail = tail.tail();
    }
    return tail.getMatchingProperty();
  }
}
