package io.github.ccsdk.speclint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every component is reachable from the paths or from a security requirement. An unreachable
 * component generates dead classes and goes stale unnoticed. Components that only refer to each
 * other are unused too.
 */
final class UnusedComponentsRule implements Rule {
  private static final String PREFIX = "#/components/";

  @Override
  public String name() {
    return "unused-components";
  }

  @Override
  public String description() {
    return "Every component is reachable from the paths or a security requirement.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    JsonNode components = spec.tree.path("components");
    Set<String> reachable = new HashSet<>();
    Deque<JsonNode> work = new ArrayDeque<>();
    for (Map.Entry<String, JsonNode> field : spec.tree.properties()) {
      if (!field.getKey().equals("components")) {
        work.add(field.getValue());
      }
    }
    securitySchemes(spec.tree.path("security"), reachable);
    spec.tree
        .path("paths")
        .forEach(item -> item.forEach(op -> securitySchemes(op.path("security"), reachable)));
    while (!work.isEmpty()) {
      JsonNode node = work.pop();
      for (String component : references(node)) {
        if (reachable.add(component)) {
          work.add(spec.tree.at(component));
        }
      }
      node.forEach(work::add);
    }
    components
        .fieldNames()
        .forEachRemaining(
            section ->
                components
                    .path(section)
                    .fieldNames()
                    .forEachRemaining(
                        name -> {
                          String pointer = Pointer.of("/components", section, name);
                          if (!section.startsWith("x-") && !reachable.contains(pointer)) {
                            sink.report(
                                pointer,
                                "component is not used by any operation",
                                "reference it where it belongs, or delete it");
                          }
                        }));
  }

  /** The components (as pointers to their nodes) that one node refers to directly. */
  private static Set<String> references(JsonNode node) {
    Set<String> result = new HashSet<>();
    if (!node.isObject()) {
      return result;
    }
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual()) {
      add(ref.asText(), result);
    }
    // A discriminator mapping names its schemas without $ref.
    node.path("discriminator")
        .path("mapping")
        .forEach(
            target -> {
              String value = target.asText();
              add(value.startsWith("#") ? value : PREFIX + "schemas/" + value, result);
            });
    return result;
  }

  private static void add(String ref, Set<String> out) {
    if (!ref.startsWith(PREFIX)) {
      return;
    }
    String[] tokens = ref.substring(1).split("/", -1);
    if (tokens.length >= 4) {
      out.add("/" + tokens[1] + "/" + tokens[2] + "/" + tokens[3]);
    }
  }

  private static void securitySchemes(JsonNode requirements, Set<String> out) {
    requirements.forEach(
        requirement ->
            requirement
                .fieldNames()
                .forEachRemaining(
                    name -> out.add(Pointer.of("/components", "securitySchemes", name))));
  }
}
