package io.github.ccsdk.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.core.spi.Redaction;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON equality as the replay server and the replay tests need it: object members in any order,
 * numbers by value ({@code 1}, {@code 1.0} and {@code 1e0} are equal), and a recorded {@code
 * "REDACTED"} standing for any value (the secret that was there).
 */
final class JsonCompare {
  private JsonCompare() {}

  /** Whether {@code actual} is what {@code recorded} describes. */
  static boolean matches(JsonNode recorded, JsonNode actual) {
    return difference(recorded, actual, "") == null;
  }

  /** The JSON pointer of the first difference, or null when {@code actual} matches. */
  static String difference(JsonNode recorded, JsonNode actual, String at) {
    if (recorded.isTextual() && recorded.asText().equals(Redaction.REDACTED)) {
      return null;
    }
    if (actual == null) {
      return at.isEmpty() ? "/" : at;
    }
    if (recorded.isNumber() && actual.isNumber()) {
      return recorded.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : orRoot(at);
    }
    if (recorded.isObject()) {
      if (!actual.isObject() || actual.size() != recorded.size()) {
        if (actual.isObject()) {
          for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!recorded.has(name)) {
              return at + "/" + Spec.escape(name);
            }
          }
        }
        return orRoot(at);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = recorded.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String diff =
            difference(
                field.getValue(),
                actual.get(field.getKey()),
                at + "/" + Spec.escape(field.getKey()));
        if (diff != null) {
          return diff;
        }
      }
      return null;
    }
    if (recorded.isArray()) {
      if (!actual.isArray() || actual.size() != recorded.size()) {
        return orRoot(at);
      }
      for (int i = 0; i < recorded.size(); i++) {
        String diff = difference(recorded.get(i), actual.get(i), at + "/" + i);
        if (diff != null) {
          return diff;
        }
      }
      return null;
    }
    return recorded.equals(actual) ? null : orRoot(at);
  }

  private static String orRoot(String at) {
    return at.isEmpty() ? "/" : at;
  }
}
