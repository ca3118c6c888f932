package io.github.ccsdk.speclint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Widenings the compat gate accepts although openapi-diff calls them incompatible (it judges every
 * type change, new union member or new enum value in a response so). Each accepts every value the
 * old schema accepted, and the SDK reads them without a change of its Java API:
 *
 * <ul>
 *   <li>scalar alternatives: a schema becomes an {@code anyOf} (or a {@code oneOf} without
 *       discriminator) of scalars one of which is the old schema ({@code integer} becoming {@code
 *       anyOf: [integer, numeric string]}); the SDK keeps the Java type of the first alternative;
 *   <li>an open union grows: a {@code oneOf} with a discriminator gains members (the SDKs keep an
 *       unknown type as their {@code Unknown} variant, so the new one was always readable);
 *   <li>an open enum ({@code x-ccsdk-open-enum}) gains values (the SDK keeps unknown values).
 * </ul>
 *
 * Where the current spec widened a schema so, the baseline is shown the current schema at that
 * place (and the components a new union member needs). A narrowing is still reported.
 */
final class Widenings {
  private static final Set<String> SCALARS = Set.of("integer", "number", "string", "boolean");

  /** What must match for an alternative to be the old schema (documentation aside). */
  private static final List<String> SHAPE =
      List.of("type", "format", "pattern", "enum", "$ref", "x-ccsdk-open-enum");

  private Widenings() {}

  /**
   * Replaces, in {@code baseline}, each schema that {@code current} widened with the current one.
   */
  static void apply(JsonNode baseline, JsonNode current) {
    walk(baseline, current, current, JsonPointer.empty());
  }

  private static void walk(JsonNode baseline, JsonNode current, JsonNode node, JsonPointer at) {
    if (node.isObject()) {
      JsonNode old = baseline.at(at);
      JsonPointer parentAt = at.head();
      boolean replaceable = old.isObject() && parentAt != null && baseline.at(parentAt).isObject();
      if (replaceable
          && isScalarAlternatives(node, current)
          && !old.has("anyOf")
          && !old.has("oneOf")
          && covers(node, old)) {
        ((ObjectNode) baseline.at(parentAt)).set(at.last().getMatchingProperty(), node.deepCopy());
        return;
      }
      if (replaceable && grownUnion(old, node)) {
        ((ObjectNode) old).set("oneOf", node.get("oneOf").deepCopy());
        ((ObjectNode) old).set("discriminator", node.get("discriminator").deepCopy());
        for (JsonNode member : node.get("oneOf")) {
          copyComponent(baseline, current, member.path("$ref").asText(""));
        }
      }
      if (replaceable && grownOpenEnum(old, node)) {
        ((ObjectNode) old).set("enum", node.get("enum").deepCopy());
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        walk(baseline, current, field.getValue(), at.appendProperty(field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(baseline, current, node.get(i), at.appendIndex(i));
      }
    }
  }

  /**
   * An {@code anyOf}, or a {@code oneOf} without discriminator, whose members are all scalars,
   * inline or as a local {@code $ref} to one (an enum, say): the rule the generator's SdkView
   * applies.
   */
  private static boolean isScalarAlternatives(JsonNode node, JsonNode spec) {
    JsonNode members = node.has("anyOf") ? node.get("anyOf") : node.get("oneOf");
    if (members == null || !members.isArray() || members.isEmpty() || node.has("discriminator")) {
      return false;
    }
    for (JsonNode m : members) {
      String ref = m.path("$ref").asText("");
      JsonNode target = ref.startsWith("#/") ? spec.at(ref.substring(1)) : m;
      if (!SCALARS.contains(target.path("type").asText())
          || target.has("properties")
          || target.has("anyOf")
          || target.has("oneOf")
          || target.has("allOf")) {
        return false;
      }
    }
    return true;
  }

  /** A discriminated union that kept every member and mapping of {@code old} and has more. */
  private static boolean grownUnion(JsonNode old, JsonNode node) {
    if (!node.has("discriminator") || !old.has("discriminator")) {
      return false;
    }
    Set<JsonNode> members = new java.util.HashSet<>();
    node.path("oneOf").forEach(members::add);
    for (JsonNode m : old.path("oneOf")) {
      if (!members.contains(m)) {
        return false;
      }
    }
    JsonNode mapping = node.path("discriminator").path("mapping");
    Iterator<Map.Entry<String, JsonNode>> entries =
        old.path("discriminator").path("mapping").fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> e = entries.next();
      if (!e.getValue().equals(mapping.get(e.getKey()))) {
        return false;
      }
    }
    return members.size() > old.path("oneOf").size()
        && old.path("discriminator")
            .path("propertyName")
            .equals(node.path("discriminator").path("propertyName"));
  }

  /** An open enum that kept every value of {@code old} and has more. */
  private static boolean grownOpenEnum(JsonNode old, JsonNode node) {
    if (!node.path("x-ccsdk-open-enum").asBoolean(false) || !old.path("enum").isArray()) {
      return false;
    }
    Set<JsonNode> values = new java.util.HashSet<>();
    node.path("enum").forEach(values::add);
    for (JsonNode v : old.path("enum")) {
      if (!values.contains(v)) {
        return false;
      }
    }
    return values.size() > old.path("enum").size();
  }

  /** Copies a component the baseline lacks (a new union member) from {@code current}. */
  private static void copyComponent(JsonNode baseline, JsonNode current, String ref) {
    if (!ref.startsWith("#/") || !baseline.at(ref.substring(1)).isMissingNode()) {
      return;
    }
    JsonPointer at = JsonPointer.compile(ref.substring(1));
    JsonNode parent = baseline.at(at.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), current.at(at).deepCopy());
      current.at(at).findValues("$ref").forEach(r -> copyComponent(baseline, current, r.asText()));
    }
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
}
