package io.github.ccsdk.conformance;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import io.github.ccsdk.core.spi.PercentEncoding;
import io.github.ccsdk.core.spi.Redaction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spec's schemas, checked with networknt's JSON Schema validator in its OpenAPI 3.0 dialect
 * with format assertions on (as the spec gate checks examples), plus the two soft checks JSON
 * Schema cannot express: properties the spec does not declare, and values outside an open enum.
 *
 * <p>The whole spec is handed to the engine as one document, so {@code $ref}s resolve inside it and
 * each schema is compiled once, on first use, by its JSON pointer. Open enums ({@code
 * x-ccsdk-open-enum: true}) are taken out of that copy: the vendor may add values, so an unknown
 * one is a warning, not a violation.
 */
final class Schemas {
  /** Where the engine thinks the spec lives. Never fetched: remote loading is switched off. */
  private static final String DOCUMENT = "https://spec.ccsdk.invalid/openapi.json";

  private static final String OPEN_ENUM = "x-ccsdk-open-enum";
  private static final String OPEN_ENUM_VALUES = "x-ccsdk-open-enum-values";

  /**
   * Where an open union's {@code discriminator} is moved, out of the engine's sight: it would
   * refuse a value the mapping lacks. The added member does that job instead.
   */
  static final String DISCRIMINATOR = "x-ccsdk-discriminator";

  /** Marks the member added to an open union for the types it does not list; names the property. */
  private static final String UNKNOWN_VARIANT = "x-ccsdk-unknown-variant";

  /** Schema-only hops (allOf, oneOf, $ref) followed without descending into the value. */
  private static final int MAX_HOPS = 32;

  /** One schema finding: where in the value, what, and which schema keyword said so. */
  record Problem(String at, String message, String schemaLocation) {}

  private final JsonNode tree;
  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  Schemas(JsonNode spec) {
    ObjectNode copy = Spec.copy(spec);
    hideOpenEnums(copy);
    openUnions(copy, copy);
    this.tree = copy;
    String document = Spec.json(copy);
    this.registry =
        SchemaRegistry.withDialect(
            Dialect.builder(Dialects.getOpenApi30())
                // x- extensions and OpenAPI-only keywords (example, xml, externalDocs) are not
                // assertions; the spec gate already rejects misspelt keywords.
                .unknownKeywordFactory((name, context) -> new NonValidationKeyword(name))
                .build(),
            builder ->
                builder
                    .schemaLoader(
                        loader ->
                            loader
                                .fetchRemoteResources(false)
                                .resourceLoaders(r -> r.resources(Map.of(DOCUMENT, document))))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_POINTER)
                            .build()));
  }

  /**
   * The violations of {@code value} against the schema at {@code pointer}. Values the recorder
   * redacted ({@code "REDACTED"}) are not checked: they stand for a secret that was there.
   */
  List<Problem> validate(String pointer, JsonNode value) {
    List<Problem> problems = new ArrayList<>();
    List<Error> errors;
    try {
      errors = schema(pointer).validate(value);
    } catch (StackOverflowError e) {
      problems.add(
          new Problem("", "the value is nested too deeply to validate", location(pointer)));
      return problems;
    } catch (RuntimeException e) {
      // The engine refused the spec's schema itself (a keyword it cannot compile): say so at the
      // value, which cannot be checked, rather than abort the whole run.
      problems.add(
          new Problem(
              "",
              "the spec's schema cannot be evaluated: " + Texts.oneLine(e.getMessage()),
              location(pointer)));
      return problems;
    }
    for (Error error : errors) {
      JsonNode node = error.getInstanceNode();
      if (node != null && node.isTextual() && node.asText().equals(Redaction.REDACTED)) {
        continue;
      }
      problems.add(
          new Problem(
              error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString(),
              error.getMessage(),
              location(error.getSchemaLocation())));
    }
    return problems;
  }

  /** Whether {@code value} is valid against the schema at {@code pointer}. */
  boolean isValid(String pointer, JsonNode value) {
    return validate(pointer, value).isEmpty();
  }

  /**
   * Soft findings for a value that may well be valid: properties no applicable schema declares
   * (unless the object is free-form or a map) and values outside an open enum.
   */
  List<Problem> warnings(String pointer, JsonNode value) {
    List<Problem> out = new ArrayList<>();
    try {
      walk(pointer, value, "", out);
    } catch (StackOverflowError e) {
      // Validation reports the same value as too deep; no second finding.
    }
    return out;
  }

  /** The schema node at {@code pointer} after following {@code $ref}s (for type lookups). */
  JsonNode resolved(String pointer) {
    return Spec.resolve(tree, node(pointer), pointer).node();
  }

  /** The pointer of the schema at {@code pointer} after following {@code $ref}s. */
  String resolvedPointer(String pointer) {
    return Spec.resolve(tree, node(pointer), pointer).pointer();
  }

  /**
   * Every schema that applies to {@code value} at {@code pointer}: itself, allOf parts, the valid
   * oneOf/anyOf members.
   */
  List<String> applicable(String pointer, JsonNode value) {
    Set<String> out = new LinkedHashSet<>();
    collect(pointer, value, out, 0);
    return new ArrayList<>(out);
  }

  private void walk(String pointer, JsonNode value, String at, List<Problem> out) {
    if (value == null || value.isNull()) {
      return;
    }
    List<String> schemas = applicable(pointer, value);
    for (String s : schemas) {
      JsonNode property = node(s).get(UNKNOWN_VARIANT);
      if (property != null && value.isObject()) {
        String name = property.asText();
        out.add(
            new Problem(
                at + "/" + Spec.escape(name),
                name
                    + " \""
                    + value.path(name).asText()
                    + "\" is not in the spec (accepted: the union is open)",
                location(s.substring(0, s.lastIndexOf("/oneOf/")))));
        return; // its members are unknown too: one finding for the whole object
      }
    }
    if (value.isObject()) {
      Set<String> declared = new LinkedHashSet<>();
      List<String> maps = new ArrayList<>();
      boolean closed = false;
      for (String s : schemas) {
        JsonNode node = node(s);
        node.path("properties").fieldNames().forEachRemaining(declared::add);
        JsonNode additional = node.get("additionalProperties");
        if (additional != null && additional.isObject()) {
          maps.add(s + "/additionalProperties");
        } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
          closed = true;
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        String child = at + "/" + Spec.escape(name);
        List<String> subs = new ArrayList<>();
        for (String s : schemas) {
          if (node(s).path("properties").has(name)) {
            subs.add(s + "/properties/" + Spec.escape(name));
          }
        }
        if (subs.isEmpty()) {
          subs = maps;
        }
        if (subs.isEmpty()) {
          // Free-form objects (no properties at all) declare nothing to compare against, and a
          // closed one (additionalProperties: false) is already a violation.
          if (!declared.isEmpty() && !closed) {
            out.add(
                new Problem(
                    child,
                    "property \"" + name + "\" is not in the spec",
                    location(schemas.get(0))));
          }
          continue;
        }
        for (String sub : subs) {
          walk(sub, field.getValue(), child, out);
        }
      }
    } else if (value.isArray()) {
      for (String s : schemas) {
        if (node(s).has("items")) {
          for (int i = 0; i < value.size(); i++) {
            walk(s + "/items", value.get(i), at + "/" + i, out);
          }
        }
      }
    } else {
      for (String s : schemas) {
        JsonNode values = node(s).get(OPEN_ENUM_VALUES);
        if (values != null && values.isArray() && !contains(values, value)) {
          out.add(
              new Problem(
                  at,
                  "value is not one of the documented values "
                      + values
                      + " (accepted: the enum is open, "
                      + OPEN_ENUM
                      + ")",
                  location(s)));
          break;
        }
      }
    }
  }

  private void collect(String pointer, JsonNode value, Set<String> out, int hops) {
    if (hops > MAX_HOPS) {
      return;
    }
    Spec.Resolved r = Spec.resolve(tree, node(pointer), pointer);
    if (!r.node().isObject() || !out.add(r.pointer())) {
      return;
    }
    JsonNode allOf = r.node().get("allOf");
    if (allOf != null && allOf.isArray()) {
      for (int i = 0; i < allOf.size(); i++) {
        collect(r.pointer() + "/allOf/" + i, value, out, hops + 1);
      }
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode members = r.node().get(keyword);
      if (members != null && members.isArray()) {
        for (int i = 0; i < members.size(); i++) {
          String member = r.pointer() + "/" + keyword + "/" + i;
          if (isValid(member, value)) {
            collect(member, value, out, hops + 1);
          }
        }
      }
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode v : values) {
      if (v.equals(value) || (v.isValueNode() && v.asText().equals(value.asText()))) {
        return true;
      }
    }
    return false;
  }

  private Schema schema(String pointer) {
    return compiled.computeIfAbsent(
        pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + fragment(p))));
  }

  private JsonNode node(String pointer) {
    return tree.at(JsonPointer.compile(pointer));
  }

  /** A JSON pointer as a URI fragment: characters a URI cannot hold are percent-encoded. */
  private static String fragment(String pointer) {
    StringBuilder out = new StringBuilder();
    for (byte b : pointer.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static String location(SchemaLocation location) {
    if (location == null) {
      return null;
    }
    String text = location.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : PercentEncoding.decode(text.substring(hash), false);
  }

  private static String location(String pointer) {
    return "#" + pointer;
  }

  /**
   * Gives every discriminated union (a {@code oneOf} with a {@code discriminator}; the SDKs keep an
   * unknown type as their {@code Unknown} variant) a member that accepts an object whose
   * discriminator value no listed member has, and moves the discriminator to {@value
   * #DISCRIMINATOR}. A known value with a broken payload still fails: each member pins its value.
   */
  private static void openUnions(JsonNode node, JsonNode root) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode oneOf = object.get("oneOf");
      String property = object.path("discriminator").path("propertyName").asText(null);
      if (oneOf != null && oneOf.isArray() && property != null) {
        ArrayNode known = object.arrayNode();
        object.path("discriminator").path("mapping").fieldNames().forEachRemaining(known::add);
        for (JsonNode member : oneOf) {
          JsonNode target = member;
          if (member.has("$ref") && member.get("$ref").asText().startsWith("#")) {
            target = root.at(JsonPointer.compile(member.get("$ref").asText().substring(1)));
          }
          target.path("properties").path(property).path("enum").forEach(known::add);
        }
        ObjectNode unknown = object.objectNode();
        unknown.put("type", "object");
        unknown.putArray("required").add(property);
        ObjectNode name = unknown.putObject("properties").putObject(property);
        name.put("type", "string");
        name.putObject("not").set("enum", known);
        unknown.put(UNKNOWN_VARIANT, property);
        ((ArrayNode) oneOf).add(unknown);
        object.set(DISCRIMINATOR, object.remove("discriminator"));
      }
      for (JsonNode child : toList(object.elements())) {
        openUnions(child, root);
      }
    } else if (node.isArray()) {
      for (JsonNode child : toList(node.elements())) {
        openUnions(child, root);
      }
    }
  }

  private static List<JsonNode> toList(Iterator<JsonNode> elements) {
    List<JsonNode> out = new ArrayList<>();
    elements.forEachRemaining(out::add);
    return out;
  }

  /** Moves the values of open enums aside, so that the engine accepts unknown ones. */
  private static void hideOpenEnums(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.path(OPEN_ENUM).asBoolean(false) && object.has("enum")) {
        object.set(OPEN_ENUM_VALUES, object.remove("enum"));
      }
      object.elements().forEachRemaining(Schemas::hideOpenEnums);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(Schemas::hideOpenEnums);
    }
  }
}
