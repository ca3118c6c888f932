package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of an OpenAPI {@code style: deepObject} parameter holding a list of objects: each
 * property of item {@code i} becomes {@code name[i][property]=value} (nested objects and lists add
 * further brackets), with key and value percent-encoded like every other query value. OpenAPI 3.0
 * leaves lists under {@code deepObject} undefined; this indexed form is what the vendors document.
 * For generated code.
 */
public final class DeepObject {
  private DeepObject() {}

  /**
   * The encoded query keys and values of {@code items} under {@code name}, in order; empty for an
   * empty or null list. Items are read through their JSON form, so keys are the wire names; null
   * properties are left out.
   */
  public static Map<String, String> query(String name, List<?> items) {
    Map<String, String> query = new LinkedHashMap<>();
    if (items == null) {
      return query;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw new IllegalArgumentException(name + "[" + i + "] is null");
      }
      add(query, name + "[" + i + "]", Json.mapper().valueToTree(items.get(i)));
    }
    return query;
  }

  private static void add(Map<String, String> query, String key, JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        add(query, key + "[" + field.getKey() + "]", field.getValue());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        add(query, key + "[" + i + "]", node.get(i));
      }
    } else if (!node.isNull() && !node.isMissingNode()) {
      query.put(PercentEncoding.encode(key), PercentEncoding.encode(node.asText()));
    }
  }
}
