package io.github.ccsdk.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Decides which enums become forward-compatible {@code OpenEnum} classes and gives the templates
 * their constants, under the vendor extension {@value #KEY}.
 *
 * <p>Only string enums of two or more values do. A one-value enum is a constant and a number enum
 * is a number: a class for either would add types and nothing else.
 */
final class OpenEnums {
  static final String KEY = "x-ccsdk-enum";

  private OpenEnums() {}

  static void property(CodegenProperty p) {
    CodegenProperty target = p.mostInnerItems != null ? p.mostInnerItems : p;
    List<String> values = stringValues(target.allowableValues);
    if (!target.isEnum || values == null || values.size() < 2) {
      if (target.isEnum) {
        // Not an OpenEnum: the plain type stands in for the enum everywhere.
        p.datatypeWithEnum = p.dataType;
        target.isEnum = false;
        p.isEnum = false;
      }
      return;
    }
    p.vendorExtensions.put(KEY, spec(target.enumName, values));
  }

  static void model(CodegenModel m) {
    List<String> values = stringValues(m.allowableValues);
    if (values != null && !values.isEmpty()) {
      m.vendorExtensions.put(KEY, spec(m.classname, values));
    }
  }

  private static Map<String, Object> spec(String className, List<String> values) {
    List<Map<String, String>> constants = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (String value : values) {
      String constant = constantName(value);
      while (used.contains(constant)) {
        constant = constant + "_";
      }
      used.add(constant);
      constants.add(Map.of("constant", constant, "literal", javaString(value)));
    }
    return Map.of("className", className, "values", constants);
  }

  /** The enum's values if they are all strings, else null. */
  private static List<String> stringValues(Map<String, Object> allowable) {
    Object values = allowable == null ? null : allowable.get("values");
    if (!(values instanceof List<?> list)) {
      return null;
    }
    List<String> result = new ArrayList<>();
    for (Object value : list) {
      if (!(value instanceof String s)) {
        return null;
      }
      result.add(s);
    }
    return result;
  }

  /**
   * A Java constant name for an enum value: {@code "spring-loaded"} becomes {@code SPRING_LOADED}.
   */
  static String constantName(String value) {
    String name =
        value
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "")
            .toUpperCase(Locale.ROOT);
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "V_" + name;
    }
    return name.equals("UNKNOWN") ? "UNKNOWN_" : name;
  }

  static String javaString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
