package io.github.ccsdk.speclint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Derives a standard-conformant OpenAPI document from an authoring spec whose path keys carry a
 * fixed query string ({@code /ecnow.php?method=ecnow_records&action=read}), the form our generator
 * and validator read but standard tools refuse (OpenAPI path keys hold no query).
 *
 * <p>The derived spec has one path per script ({@code /ecnow.php}) and, per HTTP method, one
 * operation for all the authoring operations of that script and method. The fixed query parameters
 * become enum query parameters ({@code method}, {@code action}); the other parameters are merged
 * (required only where every merged operation requires them); request bodies and response contents
 * become an {@code anyOf} with one member per distinct schema, each member naming its operations in
 * {@code x-ccsdk-operations}; examples are kept, keyed by operation. The merged operation lists the
 * authoring operations it stands for in {@code x-ccsdk-operations} and in its description. Tags are
 * one per script. Paths without a query are copied as they are, but for their tag; JSON posted as a
 * form ({@code x-ccsdk-mislabelled-json}) becomes a form. A spec without a query in any path key
 * comes back unchanged. Why this form: specs/README.md.
 *
 * <p>Works on the YAML tree, not the parsed model, so everything the authoring spec says (vendor
 * extensions, examples exactly as written, key order) reaches the derived spec, and the same input
 * always gives the same bytes.
 */
public final class StandardSpecDeriver {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> VERBS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Set<String> MERGED_FIELDS =
      Set.of(
          "operationId",
          "summary",
          "description",
          "tags",
          "parameters",
          "requestBody",
          "responses",
          "security",
          "deprecated");

  /** YAML as the derived file is written: block style, quotes only where YAML needs them. */
  static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private final ObjectNode root;
  private final String sourceName;

  private StandardSpecDeriver(ObjectNode root, String sourceName) {
    this.root = root;
    this.sourceName = sourceName;
  }

  /**
   * The standard form of {@code authoring}, a parsed OpenAPI document named {@code sourceName} in
   * the derived spec's notes. The input is not changed.
   *
   * @throws IllegalArgumentException if the spec cannot be put in standard form without losing an
   *     operation (two operations of one script and method with the same fixed query, a fixed query
   *     parameter that an operation also declares, path-level items we do not merge)
   */
  public static ObjectNode derive(ObjectNode authoring, String sourceName) {
    Objects.requireNonNull(authoring, "authoring == null");
    Objects.requireNonNull(sourceName, "sourceName == null");
    return new StandardSpecDeriver(authoring, sourceName).derive();
  }

  /** {@link #derive} as YAML text, with {@code \n} line ends. */
  public static String deriveYaml(String authoringYaml, String sourceName) {
    try {
      JsonNode tree = readYaml(authoringYaml);
      if (tree == null || !tree.isObject()) {
        throw new IllegalArgumentException(sourceName + " is not an OpenAPI document");
      }
      return YAML.writeValueAsString(derive((ObjectNode) tree, sourceName)).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads YAML with its anchors and aliases resolved (Jackson's tree reader gives an alias as the
   * anchor's name) and without turning dates into timestamps, so values stay as written.
   */
  static JsonNode readYaml(String text) {
    LoaderOptions options = new LoaderOptions();
    Resolver resolver =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
          }
        };
    Yaml yaml =
        new Yaml(
            new SafeConstructor(options),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            options,
            resolver);
    return YAML.valueToTree(yaml.load(text));
  }

  /** An authoring operation: its path key, script, fixed query and node. */
  private record SubOp(String key, String script, Map<String, String> query, ObjectNode node) {
    String id() {
      return node.path("operationId").asText(key);
    }

    String summary() {
      return node.path("summary").asText(id());
    }

    /** {@code method=x&action=y} as written in the key. */
    String queryText() {
      int q = key.indexOf('?');
      return q < 0 ? "" : key.substring(q + 1);
    }
  }

  private ObjectNode derive() {
    ObjectNode out = root.deepCopy();
    JsonNode paths = root.path("paths");
    if (!paths.isObject()) {
      return out;
    }
    // script -> verb -> operations, in the order the authoring spec first names them
    Map<String, Map<String, List<SubOp>>> scripts = new LinkedHashMap<>();
    boolean anyQuery = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      String key = path.getKey();
      int q = key.indexOf('?');
      String script = q < 0 ? key : key.substring(0, q);
      Map<String, String> query = q < 0 ? Map.of() : parseQuery(key, key.substring(q + 1));
      anyQuery |= q >= 0;
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().properties().iterator();
          ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!VERBS.contains(op.getKey())) {
          if (q >= 0) {
            throw new IllegalArgumentException(
                key + ": path-level `" + op.getKey() + "` is not merged; move it to operations");
          }
          continue;
        }
        scripts
            .computeIfAbsent(script, s -> new LinkedHashMap<>())
            .computeIfAbsent(op.getKey(), v -> new ArrayList<>())
            .add(new SubOp(key, script, query, (ObjectNode) op.getValue()));
      }
    }
    if (!anyQuery) {
      return out;
    }
    ObjectNode newPaths = NODES.objectNode();
    Map<String, Set<String>> tagsByScript = new LinkedHashMap<>();
    Set<String> operationIds = new LinkedHashSet<>();
    for (Map.Entry<String, Map<String, List<SubOp>>> script : scripts.entrySet()) {
      ObjectNode item = NODES.objectNode();
      // path-level items of a query-less path (servers, parameters, ...) stay where they were
      if (paths.get(script.getKey()) != null) {
        paths
            .get(script.getKey())
            .properties()
            .forEach(
                f -> {
                  if (!VERBS.contains(f.getKey())) {
                    item.set(f.getKey(), f.getValue().deepCopy());
                  }
                });
      }
      Set<String> tags = tagsByScript.computeIfAbsent(script.getKey(), s -> new LinkedHashSet<>());
      for (Map.Entry<String, List<SubOp>> verb : script.getValue().entrySet()) {
        List<SubOp> ops = verb.getValue();
        ops.forEach(op -> op.node().path("tags").forEach(t -> tags.add(t.asText())));
        ObjectNode merged = merge(script.getKey(), verb.getKey(), ops);
        String id = merged.path("operationId").asText();
        if (!id.isEmpty() && !operationIds.add(id)) {
          throw new IllegalArgumentException("two derived operations are named " + id);
        }
        item.set(verb.getKey(), merged);
      }
      newPaths.set(script.getKey(), item);
    }
    out.set("paths", newPaths);
    formsAsForms(out);
    out.set("tags", scriptTags(tagsByScript));
    ObjectNode info = out.withObjectProperty("info");
    info.put(
        "description",
        "**Standard form, derived from `"
            + sourceName
            + "` by the ccsdk build; do not edit.** The authoring spec writes each operation as a"
            + " path key with a fixed query string (`/script.php?method=...&action=...`), which"
            + " standard OpenAPI tools refuse. Here each script is one path, `method` and `action`"
            + " are enum query parameters, and each operation of the authoring spec is listed,"
            + " with its own parameters, bodies and answers, in the description and in"
            + " `x-ccsdk-operations` of the operation that carries it. Where the text below speaks"
            + " of path keys with a query string, it describes the authoring spec.\n\n"
            + root.path("info").path("description").asText(""));
    out.put("x-ccsdk-derived-from", sourceName);
    return reorder(out);
  }

  /**
   * A media type marked {@code x-ccsdk-mislabelled-json} is JSON text sent under a form content
   * type. A standard tool reads such a body as a form, in which the JSON text is one field name
   * with no value; its JSON schema and examples (arrays, which no form can be) would make mock
   * servers and doc renderers refuse or fail. So it becomes a form of string fields, and says where
   * the JSON's schema is: the operation's {@code application/json} body, which carries the same.
   */
  private static void formsAsForms(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.path("x-ccsdk-mislabelled-json").asBoolean(false) && object.has("schema")) {
        object.remove("example");
        object.remove("examples");
        object.remove("encoding");
        ObjectNode schema = object.putObject("schema");
        schema.put("type", "object");
        schema.put(
            "description",
            "JSON text sent under a form content type (see `x-ccsdk-mislabelled-json`): read as a"
                + " form, the JSON text is one field name with no value. The JSON itself follows"
                + " the schema of the `application/json` body beside this one.");
        schema.putObject("additionalProperties").put("type", "string");
        return;
      }
      object.properties().forEach(e -> formsAsForms(e.getValue()));
    } else if (node.isArray()) {
      node.forEach(StandardSpecDeriver::formsAsForms);
    }
  }

  /** The root keys in the usual order, the marker after info. */
  private static ObjectNode reorder(ObjectNode out) {
    ObjectNode sorted = NODES.objectNode();
    for (String key : List.of("openapi", "info", "x-ccsdk-derived-from")) {
      if (out.has(key)) {
        sorted.set(key, out.get(key));
      }
    }
    out.properties()
        .forEach(
            f -> {
              if (!sorted.has(f.getKey())) {
                sorted.set(f.getKey(), f.getValue());
              }
            });
    return sorted;
  }

  /** One tag per script, listing the authoring tags (SDK services) of its operations. */
  private ArrayNode scriptTags(Map<String, Set<String>> tagsByScript) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    root.path("tags")
        .forEach(t -> descriptions.put(t.path("name").asText(), t.path("description").asText("")));
    ArrayNode tags = NODES.arrayNode();
    for (Map.Entry<String, Set<String>> script : tagsByScript.entrySet()) {
      StringBuilder text =
          new StringBuilder("Every call of `")
              .append(script.getKey().substring(1))
              .append("`. The tags of the authoring spec that its operations carry:\n");
      for (String tag : script.getValue()) {
        text.append("\n- **").append(tag).append("**");
        String d = descriptions.getOrDefault(tag, "");
        if (!d.isBlank()) {
          text.append(": ").append(d.strip());
        }
      }
      tags.addObject().put("name", tagName(script.getKey())).put("description", text.toString());
    }
    return tags;
  }

  private static String tagName(String script) {
    return script.substring(1);
  }

  private static Map<String, String> parseQuery(String key, String query) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (pair.isEmpty() || eq <= 0) {
        throw new IllegalArgumentException(key + ": fixed query item `" + pair + "` is not a=b");
      }
      String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (result.put(name, value) != null) {
        throw new IllegalArgumentException(key + ": `" + name + "` twice in the fixed query");
      }
    }
    return result;
  }

  // --- operations ------------------------------------------------------------------------------

  private ObjectNode merge(String script, String verb, List<SubOp> ops) {
    checkDistinct(script, verb, ops);
    SubOp first = ops.get(0);
    boolean single = ops.size() == 1;
    if (single && first.query().isEmpty()) {
      // a path without a query: the operation as it was, tagged with its script like the others
      ObjectNode copy = first.node().deepCopy();
      copy.putArray("tags").add(tagName(script));
      return copy;
    }
    ObjectNode merged = NODES.objectNode();
    if (single) {
      copy(first.node(), merged, "operationId");
      copy(first.node(), merged, "summary");
      copy(first.node(), merged, "description");
    } else {
      merged.put("operationId", operationId(script, verb));
      merged.put(
          "summary",
          script.substring(1)
              + ", "
              + verb.toUpperCase(Locale.ROOT)
              + ": "
              + ops.size()
              + " operations picked by "
              + String.join(" and ", fixedNames(ops)));
      merged.put("description", description(script, verb, ops));
    }
    merged.putArray("tags").add(tagName(script));
    if (!single || !first.query().isEmpty()) {
      merged.set("x-ccsdk-operations", index(ops));
    }
    ArrayNode parameters = parameters(ops);
    if (!parameters.isEmpty()) {
      merged.set("parameters", parameters);
    }
    ObjectNode body = requestBody(ops);
    if (body != null) {
      merged.set("requestBody", body);
    }
    merged.set("responses", responses(ops));
    JsonNode security = security(ops);
    if (security != null) {
      merged.set("security", security);
    }
    if (ops.stream().allMatch(op -> op.node().path("deprecated").asBoolean(false))) {
      merged.put("deprecated", true);
    }
    for (SubOp op : ops) {
      op.node()
          .properties()
          .forEach(
              f -> {
                String name = f.getKey();
                if (MERGED_FIELDS.contains(name) || merged.has(name)) {
                  return;
                }
                if (single) {
                  merged.set(name, f.getValue().deepCopy());
                } else if (!name.startsWith("x-")) {
                  throw new IllegalArgumentException(
                      op.key() + " " + verb + ": `" + name + "` is not merged");
                }
                // extensions of merged operations are kept in x-ccsdk-operations
              });
    }
    return merged;
  }

  private static void checkDistinct(String script, String verb, List<SubOp> ops) {
    Set<Map<String, String>> seen = new LinkedHashSet<>();
    for (SubOp op : ops) {
      if (!seen.add(op.query())) {
        throw new IllegalArgumentException(
            script + " " + verb + ": two operations with the fixed query " + op.query());
      }
    }
  }

  private static String operationId(String script, String verb) {
    String base = script.substring(1).replaceAll("\\.[A-Za-z0-9]+$", "");
    StringBuilder id = new StringBuilder();
    boolean upper = false;
    for (char c : base.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        id.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = id.length() > 0;
      }
    }
    return id + verb.substring(0, 1).toUpperCase(Locale.ROOT) + verb.substring(1);
  }

  private static List<String> fixedNames(List<SubOp> ops) {
    Set<String> names = new LinkedHashSet<>();
    ops.forEach(op -> names.addAll(op.query().keySet()));
    return names.stream().map(n -> "`" + n + "`").toList();
  }

  /** The merged operation's description: what it stands for, then each operation's own text. */
  private String description(String script, String verb, List<SubOp> ops) {
    List<String> names = new ArrayList<>(new LinkedHashSet<>(fixedQueryNames(ops)));
    StringBuilder text = new StringBuilder();
    text.append("Every ")
        .append(verb.toUpperCase(Locale.ROOT))
        .append(" call of `")
        .append(script.substring(1))
        .append("`. The query ")
        .append(names.size() == 1 ? "parameter " : "parameters ")
        .append(String.join(" and ", names.stream().map(n -> "`" + n + "`").toList()))
        .append(names.size() == 1 ? " picks" : " pick")
        .append(" the operation; `")
        .append(sourceName)
        .append("` describes each as an operation of its own. Parameters that only some of them")
        .append(" take are optional here and say which take them; bodies and answers are the")
        .append(
            " `anyOf` of theirs, each member naming its operations in `x-ccsdk-operations`.\n\n");
    text.append('|');
    names.forEach(n -> text.append(' ').append(n).append(" |"));
    text.append(" operationId | summary |\n|");
    names.forEach(n -> text.append("---|"));
    text.append("---|---|\n");
    for (SubOp op : ops) {
      text.append('|');
      for (String n : names) {
        String v = op.query().get(n);
        text.append(' ').append(v == null ? "(none)" : "`" + v + "`").append(" |");
      }
      text.append(" `").append(op.id()).append("` | ").append(op.summary()).append(" |\n");
    }
    for (SubOp op : ops) {
      text.append("\n### ").append(op.summary()).append("\n\n");
      text.append('`')
          .append(verb.toUpperCase(Locale.ROOT))
          .append(' ')
          .append(op.key())
          .append("`, operationId `")
          .append(op.id())
          .append('`');
      List<String> tags = new ArrayList<>();
      op.node().path("tags").forEach(t -> tags.add(t.asText()));
      if (!tags.isEmpty()) {
        text.append(", tag ").append(String.join(", ", tags));
      }
      text.append(".\n");
      String own = op.node().path("description").asText("").strip();
      if (!own.isEmpty()) {
        text.append('\n').append(own).append('\n');
      }
    }
    return text.toString();
  }

  private static List<String> fixedQueryNames(List<SubOp> ops) {
    List<String> names = new ArrayList<>();
    ops.forEach(op -> names.addAll(op.query().keySet()));
    return names;
  }

  /** {@code x-ccsdk-operations}: each authoring operation, its fixed query, tags and extensions. */
  private static ArrayNode index(List<SubOp> ops) {
    ArrayNode index = NODES.arrayNode();
    for (SubOp op : ops) {
      ObjectNode entry = index.addObject();
      entry.put("operationId", op.id());
      entry.put("summary", op.summary());
      ObjectNode query = entry.putObject("query");
      op.query().forEach(query::put);
      if (op.node().has("tags")) {
        entry.set("tags", op.node().get("tags").deepCopy());
      }
      op.node()
          .properties()
          .forEach(
              f -> {
                if (f.getKey().startsWith("x-")) {
                  entry.set(f.getKey(), f.getValue().deepCopy());
                }
              });
    }
    return index;
  }

  // --- parameters ------------------------------------------------------------------------------

  private ArrayNode parameters(List<SubOp> ops) {
    ArrayNode result = NODES.arrayNode();
    // the fixed query parameters, as enums
    Map<String, List<SubOp>> fixed = new LinkedHashMap<>();
    for (SubOp op : ops) {
      op.query().keySet().forEach(n -> fixed.computeIfAbsent(n, k -> new ArrayList<>()).add(op));
    }
    for (Map.Entry<String, List<SubOp>> name : fixed.entrySet()) {
      Set<String> values = new LinkedHashSet<>();
      name.getValue().forEach(op -> values.add(op.query().get(name.getKey())));
      boolean everywhere = name.getValue().size() == ops.size();
      ObjectNode p = result.addObject();
      p.put("name", name.getKey());
      p.put("in", "query");
      p.put("required", everywhere);
      StringBuilder d = new StringBuilder("Picks the operation");
      if (fixed.size() > 1) {
        d.append(", together with ")
            .append(
                String.join(
                    " and ",
                    fixed.keySet().stream()
                        .filter(n -> !n.equals(name.getKey()))
                        .map(n -> "`" + n + "`")
                        .toList()));
      }
      d.append(" (one value per operation of `").append(sourceName).append("`):\n");
      for (String value : values) {
        d.append("\n- `").append(value).append("`: ");
        d.append(
            String.join(
                ", ",
                name.getValue().stream()
                    .filter(op -> op.query().get(name.getKey()).equals(value))
                    .map(op -> "`" + op.id() + "`")
                    .toList()));
      }
      if (!everywhere) {
        d.append("\n\nLeft out by: ")
            .append(
                String.join(
                    ", ",
                    ops.stream()
                        .filter(op -> !op.query().containsKey(name.getKey()))
                        .map(op -> "`" + op.id() + "`")
                        .toList()))
            .append('.');
      }
      p.put("description", d.toString());
      ObjectNode schema = p.putObject("schema");
      schema.put("type", "string");
      ArrayNode e = schema.putArray("enum");
      values.forEach(e::add);
    }
    // every other parameter, by (in, name)
    Map<String, List<Declared>> declared = new LinkedHashMap<>();
    for (SubOp op : ops) {
      for (JsonNode raw : op.node().path("parameters")) {
        JsonNode resolved = resolve(raw);
        String name = resolved.path("name").asText();
        String in = resolved.path("in").asText();
        if ("query".equals(in) && !op.query().isEmpty() && fixed.containsKey(name)) {
          throw new IllegalArgumentException(
              op.key() + ": `" + name + "` is in the fixed query and declared as a parameter");
        }
        declared
            .computeIfAbsent(in + " " + name, k -> new ArrayList<>())
            .add(new Declared(op, raw, resolved));
      }
    }
    for (List<Declared> uses : declared.values()) {
      result.add(parameter(ops, uses));
    }
    return result;
  }

  private record Declared(SubOp op, JsonNode raw, JsonNode resolved) {
    boolean required() {
      return resolved.path("required").asBoolean(false);
    }
  }

  private JsonNode parameter(List<SubOp> ops, List<Declared> uses) {
    boolean everywhere = uses.size() == ops.size();
    boolean required = everywhere && uses.stream().allMatch(Declared::required);
    boolean sameRaw = uses.stream().allMatch(u -> u.raw().equals(uses.get(0).raw()));
    if (sameRaw && (required || !uses.get(0).required())) {
      return uses.get(0).raw().deepCopy();
    }
    List<JsonNode> definitions = new ArrayList<>();
    for (Declared u : uses) {
      JsonNode d = withoutRequired(u.resolved());
      if (!definitions.contains(d)) {
        definitions.add(d);
      }
    }
    ObjectNode p;
    if (definitions.size() == 1) {
      p = ((ObjectNode) uses.get(0).resolved()).deepCopy();
      p.put("required", required);
      p.put(
          "description",
          join(p.path("description").asText(""), usedBy(uses, everywhere, required)));
    } else {
      p = NODES.objectNode();
      p.put("name", uses.get(0).resolved().path("name").asText());
      p.put("in", uses.get(0).resolved().path("in").asText());
      p.put("required", required);
      StringBuilder d = new StringBuilder("Means something different per operation:\n");
      ArrayNode anyOf = NODES.arrayNode();
      ObjectNode examples = NODES.objectNode();
      for (Declared u : uses) {
        d.append("\n- `")
            .append(u.op().id())
            .append("`")
            .append(u.required() ? " (required)" : "")
            .append(": ")
            .append(u.resolved().path("description").asText("").strip().replace("\n", " "));
        JsonNode schema = u.resolved().path("schema");
        if (!schema.isMissingNode() && !contains(anyOf, schema)) {
          anyOf.add(schema.deepCopy());
        }
        if (u.resolved().has("example")) {
          examples.putObject(u.op().id()).set("value", u.resolved().get("example").deepCopy());
        }
        u.resolved()
            .path("examples")
            .properties()
            .forEach(e -> examples.set(u.op().id() + "_" + e.getKey(), e.getValue()));
      }
      p.put("description", d.toString());
      copy(uses.get(0).resolved(), p, "style");
      copy(uses.get(0).resolved(), p, "explode");
      if (anyOf.size() == 1) {
        p.set("schema", anyOf.get(0));
      } else if (!anyOf.isEmpty()) {
        p.putObject("schema").set("anyOf", anyOf);
      }
      if (!examples.isEmpty()) {
        p.set("examples", examples);
      }
    }
    return p;
  }

  private static String usedBy(List<Declared> uses, boolean everywhere, boolean required) {
    List<String> names = new ArrayList<>();
    for (Declared u : uses) {
      names.add("`" + u.op().id() + "`" + (u.required() && !required ? " (required)" : ""));
    }
    if (everywhere && names.stream().noneMatch(n -> n.endsWith("(required)"))) {
      return "";
    }
    return "Taken by " + String.join(", ", names) + ".";
  }

  private static JsonNode withoutRequired(JsonNode p) {
    ObjectNode copy = ((ObjectNode) p).deepCopy();
    copy.remove("required");
    return copy;
  }

  // --- bodies and responses --------------------------------------------------------------------

  private ObjectNode requestBody(List<SubOp> ops) {
    List<Part> parts = new ArrayList<>();
    for (SubOp op : ops) {
      JsonNode raw = op.node().get("requestBody");
      if (raw != null) {
        parts.add(new Part(op, raw, resolve(raw)));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    boolean required =
        parts.size() == ops.size()
            && parts.stream().allMatch(p -> p.resolved().path("required").asBoolean(false));
    if (ops.size() == 1) {
      return (ObjectNode) parts.get(0).raw().deepCopy();
    }
    ObjectNode body = NODES.objectNode();
    body.put("description", descriptions(parts, ops.size()));
    body.put("required", required);
    body.set("content", content(parts));
    return body;
  }

  private ObjectNode responses(List<SubOp> ops) {
    if (ops.size() == 1) {
      return ((ObjectNode) ops.get(0).node().path("responses")).deepCopy();
    }
    Map<String, List<Part>> byStatus = new LinkedHashMap<>();
    for (SubOp op : ops) {
      op.node()
          .path("responses")
          .properties()
          .forEach(
              r ->
                  byStatus
                      .computeIfAbsent(r.getKey(), k -> new ArrayList<>())
                      .add(new Part(op, r.getValue(), resolve(r.getValue()))));
    }
    ObjectNode responses = NODES.objectNode();
    for (Map.Entry<String, List<Part>> status : byStatus.entrySet()) {
      List<Part> parts = status.getValue();
      if (parts.size() == ops.size()
          && parts.stream().allMatch(p -> p.raw().equals(parts.get(0).raw()))) {
        responses.set(status.getKey(), parts.get(0).raw().deepCopy());
        continue;
      }
      ObjectNode response = responses.putObject(status.getKey());
      response.put("description", descriptions(parts, ops.size()));
      ObjectNode headers = NODES.objectNode();
      for (Part p : parts) {
        p.resolved()
            .path("headers")
            .properties()
            .forEach(
                h -> {
                  if (!headers.has(h.getKey())) {
                    headers.set(h.getKey(), h.getValue().deepCopy());
                  }
                });
      }
      if (!headers.isEmpty()) {
        response.set("headers", headers);
      }
      ObjectNode content = content(parts);
      if (!content.isEmpty()) {
        response.set("content", content);
      }
    }
    return responses;
  }

  /** A request body or response of one operation: as written and with its $ref followed. */
  private record Part(SubOp op, JsonNode raw, JsonNode resolved) {}

  private static String descriptions(List<Part> parts, int operations) {
    Set<String> distinct = new LinkedHashSet<>();
    parts.forEach(p -> distinct.add(p.resolved().path("description").asText("").strip()));
    if (distinct.size() == 1 && parts.size() == operations) {
      return distinct.iterator().next();
    }
    StringBuilder d = new StringBuilder("By operation:\n");
    for (Part p : parts) {
      d.append("\n- `")
          .append(p.op().id())
          .append("`: ")
          .append(p.resolved().path("description").asText("").strip().replace("\n", " "));
    }
    return d.toString();
  }

  /** The media types of {@code parts}, each an anyOf of the operations' schemas. */
  private ObjectNode content(List<Part> parts) {
    Map<String, List<Media>> byType = new LinkedHashMap<>();
    for (Part p : parts) {
      p.resolved()
          .path("content")
          .properties()
          .forEach(
              m ->
                  byType
                      .computeIfAbsent(m.getKey(), k -> new ArrayList<>())
                      .add(new Media(p.op(), (ObjectNode) m.getValue())));
    }
    ObjectNode content = NODES.objectNode();
    for (Map.Entry<String, List<Media>> type : byType.entrySet()) {
      content.set(type.getKey(), mediaType(type.getValue()));
    }
    return content;
  }

  private record Media(SubOp op, ObjectNode node) {}

  private ObjectNode mediaType(List<Media> uses) {
    ObjectNode media = NODES.objectNode();
    // schema: one anyOf member per distinct schema, naming the operations that use it
    List<JsonNode> schemas = new ArrayList<>();
    Map<JsonNode, List<SubOp>> users = new LinkedHashMap<>();
    for (Media m : uses) {
      JsonNode schema = m.node().get("schema");
      if (schema == null) {
        continue;
      }
      if (!users.containsKey(schema)) {
        schemas.add(schema);
      }
      users.computeIfAbsent(schema, s -> new ArrayList<>()).add(m.op());
    }
    if (schemas.size() == 1 && users.get(schemas.get(0)).size() == uses.size()) {
      media.set("schema", schemas.get(0).deepCopy());
    } else if (!schemas.isEmpty()) {
      ArrayNode anyOf = media.putObject("schema").putArray("anyOf");
      for (JsonNode schema : schemas) {
        List<SubOp> by = users.get(schema);
        ObjectNode member = anyOf.addObject();
        member.put(
            "title", String.join(" / ", by.stream().map(SubOp::summary).distinct().toList()));
        ArrayNode names = member.putArray("x-ccsdk-operations");
        by.forEach(op -> names.add(op.id()));
        member.putArray("allOf").add(schema.deepCopy());
      }
    }
    // examples: keyed by operation, each shared one once
    ObjectNode examples = NODES.objectNode();
    List<JsonNode> seen = new ArrayList<>();
    for (Media m : uses) {
      JsonNode example = m.node().get("example");
      if (example != null && !seen.contains(example)) {
        seen.add(example);
        examples.putObject(m.op().id()).put("summary", m.op().summary()).set("value", example);
      }
      m.node()
          .path("examples")
          .properties()
          .forEach(
              e -> {
                if (seen.contains(e.getValue())) {
                  return;
                }
                seen.add(e.getValue());
                JsonNode value = e.getValue().deepCopy();
                if (value.isObject() && !value.has("$ref")) {
                  ObjectNode o = (ObjectNode) value;
                  o.put(
                      "summary",
                      m.op().summary()
                          + (o.has("summary") ? ": " + o.get("summary").asText() : ""));
                }
                examples.set(m.op().id() + "_" + e.getKey(), value);
              });
    }
    if (!examples.isEmpty()) {
      media.set("examples", examples);
    }
    // encoding and extensions: the union, first declaration wins
    for (Media m : uses) {
      m.node()
          .properties()
          .forEach(
              f -> {
                String name = f.getKey();
                if (Set.of("schema", "example", "examples").contains(name)) {
                  return;
                }
                if (name.equals("encoding")) {
                  ObjectNode encoding = media.withObjectProperty("encoding");
                  f.getValue()
                      .properties()
                      .forEach(
                          e -> {
                            if (!encoding.has(e.getKey())) {
                              encoding.set(e.getKey(), e.getValue().deepCopy());
                            }
                          });
                } else if (!media.has(name)) {
                  media.set(name, f.getValue().deepCopy());
                }
              });
    }
    return media;
  }

  // --- security and references -----------------------------------------------------------------

  /** The union of the operations' security alternatives; null when all use the root's. */
  private JsonNode security(List<SubOp> ops) {
    JsonNode rootSecurity = root.path("security");
    if (ops.stream().noneMatch(op -> op.node().has("security"))) {
      return null;
    }
    if (ops.size() == 1) {
      return ops.get(0).node().get("security").deepCopy();
    }
    ArrayNode union = NODES.arrayNode();
    for (SubOp op : ops) {
      JsonNode own = op.node().has("security") ? op.node().get("security") : rootSecurity;
      if (own.isArray() && own.isEmpty()) {
        if (!contains(union, NODES.objectNode())) {
          union.addObject();
        }
      }
      for (JsonNode requirement : own) {
        if (!contains(union, requirement)) {
          union.add(requirement.deepCopy());
        }
      }
    }
    return union;
  }

  private static boolean contains(ArrayNode array, JsonNode node) {
    for (JsonNode n : array) {
      if (n.equals(node)) {
        return true;
      }
    }
    return false;
  }

  /** Follows internal {@code $ref}s to their definition; returns the node itself otherwise. */
  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 32 && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return current;
      }
      JsonNode next = root.at(JsonPointer.compile(ref.substring(1)));
      if (next.isMissingNode()) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static void copy(JsonNode from, ObjectNode to, String field) {
    if (from.has(field)) {
      to.set(field, from.get(field).deepCopy());
    }
  }

  private static String join(String a, String b) {
    if (b.isEmpty()) {
      return a;
    }
    return a.isBlank() ? b : a.strip() + "\n\n" + b;
  }
}
