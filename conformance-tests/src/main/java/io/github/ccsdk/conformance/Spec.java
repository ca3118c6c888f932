package io.github.ccsdk.conformance;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.ccsdk.core.spi.PercentEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * An OpenAPI 3.0 document read for validation: its operations with their parameters, bodies,
 * responses, security and servers, and its schemas compiled on demand.
 *
 * <p>Read straight from the YAML/JSON tree rather than through an OpenAPI object model: every
 * location stays a JSON pointer into the file (findings and schema errors can say exactly where),
 * schemas keep their {@code $ref}s for the JSON Schema engine, and recursive schemas cost nothing.
 * Only local references ({@code #/...}) are supported; every one is checked when the spec loads, so
 * a dangling or cyclic one fails up front instead of in the middle of a validation.
 */
final class Spec {
  static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * Names the operation of which this one is another wire form: one the server accepts and the SDK
   * does not send (ContactNow's POST form of a read).
   */
  static final String WIRE_FORM_OF = "x-ccsdk-wire-form-of";

  /** Marks a media type under which clients send JSON anyway (curl's form default, say). */
  static final String MISLABELLED_JSON = "x-ccsdk-mislabelled-json";

  /**
   * A body or parameter media type, the pointer of its schema (null when it has none), and whether
   * its bodies are JSON whatever the media type says ({@value #MISLABELLED_JSON}).
   */
  record Media(String range, String schemaPointer, boolean mislabelledJson) {
    /**
     * Whether a body sent as {@code mediaType} is JSON: a JSON media type, or one {@code declared}
     * marks as mislabelled JSON.
     */
    static boolean isJson(List<Media> declared, String mediaType) {
      String media = Texts.mediaType(mediaType);
      return Texts.isJson(media)
          || declared.stream()
              .anyMatch(
                  m ->
                      m.mislabelledJson()
                          && media != null
                          && media.equals(Texts.mediaType(m.range())));
    }
  }

  record Parameter(
      String name,
      String in,
      boolean required,
      String schemaPointer,
      String style,
      Boolean explode) {
    /** Form style explodes by default (OpenAPI 3.0 §4.7.12.1). */
    boolean exploded() {
      return explode != null
          ? explode
          : "form".equals(style) || (style == null && in.equals("query"));
    }
  }

  record Header(String name, boolean required, String schemaPointer) {}

  record Response(String key, String pointer, List<Header> headers, List<Media> content) {}

  record RequestBody(String pointer, boolean required, List<Media> content) {}

  /** One security scheme as far as the wire is concerned. */
  record SecurityScheme(String name, String type, String scheme, String in, String paramName) {}

  record Operation(
      String method,
      String pathKey,
      String pointer,
      String operationId,
      PathTemplate path,
      List<Map.Entry<String, String>> fixedQuery,
      List<Parameter> parameters,
      RequestBody requestBody,
      Map<String, Response> responses,
      List<List<String>> security,
      List<ServerTemplate> servers,
      String wireFormOf) {
    /** The operationId, or {@code METHOD pathKey} for an operation without one. */
    String id() {
      return operationId != null ? operationId : method + " " + pathKey;
    }
  }

  private static final ObjectMapper JSON = jsonMapper();
  private static final ObjectMapper YAML = yamlMapper();

  private final Path file;
  private final JsonNode tree;
  private final List<Operation> operations;
  private final Map<String, SecurityScheme> securitySchemes;
  private final Schemas schemas;

  private Spec(Path file, JsonNode tree) {
    this.file = file;
    this.tree = tree;
    checkReferences(tree, "", tree);
    this.securitySchemes = readSecuritySchemes();
    this.operations = readOperations();
    this.schemas = new Schemas(tree);
  }

  /**
   * Reads and checks {@code file}.
   *
   * @throws ConformanceException if the file is missing or unreadable, is not YAML/JSON, is not an
   *     OpenAPI 3.0 document, or has a dangling, external or cyclic {@code $ref}
   */
  static Spec load(Path file) {
    JsonNode tree;
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new ConformanceException(name + ": is a directory, not a spec file");
    }
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    try (InputStream in = Files.newInputStream(file)) {
      tree = (json ? JSON : YAML).readTree(in);
    } catch (NoSuchFileException e) {
      throw new ConformanceException(name + ": no such file");
    } catch (JsonProcessingException e) {
      throw new ConformanceException(
          name + ": not valid " + (json ? "JSON" : "YAML") + ": " + Har.describe(e), e);
    } catch (IOException e) {
      throw new ConformanceException(name + ": cannot read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // SnakeYAML reports some malformed input (bad escapes, limits) as unchecked exceptions.
      throw new ConformanceException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new ConformanceException(name + ": not an OpenAPI document (not a YAML/JSON object)");
    }
    JsonNode version = tree.get("openapi");
    if (version == null || !version.isTextual()) {
      throw new ConformanceException(
          name + ": not an OpenAPI 3.0 document (no \"openapi\" version field)");
    }
    if (!version.asText().startsWith("3.0.")) {
      throw new ConformanceException(
          name
              + ": OpenAPI "
              + version.asText()
              + " is not supported; the validator reads OpenAPI 3.0.x");
    }
    if (!tree.path("paths").isObject()) {
      throw new ConformanceException(name + ": not an OpenAPI document (no \"paths\" object)");
    }
    try {
      return new Spec(file, tree);
    } catch (StackOverflowError e) {
      throw new ConformanceException(name + ": the spec is nested too deeply to read");
    }
  }

  List<Operation> operations() {
    return operations;
  }

  Map<String, SecurityScheme> securitySchemes() {
    return securitySchemes;
  }

  Schemas schemas() {
    return schemas;
  }

  /** Names of query parameters that carry credentials by the spec's own security schemes. */
  Set<String> credentialQueryNames() {
    Set<String> names = new LinkedHashSet<>();
    for (SecurityScheme s : securitySchemes.values()) {
      if ("apiKey".equals(s.type()) && "query".equals(s.in()) && s.paramName() != null) {
        names.add(s.paramName());
      }
    }
    return names;
  }

  // ---- reading

  private Map<String, SecurityScheme> readSecuritySchemes() {
    Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
    JsonNode all = tree.path("components").path("securitySchemes");
    Iterator<Map.Entry<String, JsonNode>> it = all.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode s = resolve(e.getValue(), "/components/securitySchemes/" + escape(e.getKey())).node;
      schemes.put(
          e.getKey(),
          new SecurityScheme(
              e.getKey(),
              s.path("type").asText(null),
              lower(s.path("scheme").asText(null)),
              s.path("in").asText(null),
              s.path("name").asText(null)));
    }
    return Collections.unmodifiableMap(schemes);
  }

  private List<Operation> readOperations() {
    List<Operation> ops = new ArrayList<>();
    List<ServerTemplate> rootServers = servers(tree.get("servers"), "/servers");
    List<List<String>> rootSecurity = security(tree.get("security"));
    Iterator<Map.Entry<String, JsonNode>> paths = tree.get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> entry = paths.next();
      String pathKey = entry.getKey();
      String itemPointer = "/paths/" + escape(pathKey);
      Resolved item = resolve(entry.getValue(), itemPointer);
      if (!item.node.isObject()) {
        continue;
      }
      List<ServerTemplate> pathServers =
          item.node.has("servers")
              ? servers(item.node.get("servers"), item.pointer + "/servers")
              : rootServers;
      int q = pathKey.indexOf('?');
      PathTemplate template = PathTemplate.parse(q < 0 ? pathKey : pathKey.substring(0, q));
      List<Map.Entry<String, String>> fixed =
          q < 0 ? List.of() : List.copyOf(Texts.pairs(pathKey.substring(q + 1)));
      for (String method : METHODS) {
        JsonNode op = item.node.get(method);
        if (op == null || !op.isObject()) {
          continue;
        }
        String pointer = item.pointer + "/" + method;
        Map<String, Parameter> params = new LinkedHashMap<>();
        parameters(item.node.get("parameters"), item.pointer + "/parameters", params);
        parameters(op.get("parameters"), pointer + "/parameters", params);
        ops.add(
            new Operation(
                method.toUpperCase(Locale.ROOT),
                pathKey,
                pointer,
                op.hasNonNull("operationId") ? op.get("operationId").asText() : null,
                template,
                fixed,
                List.copyOf(params.values()),
                requestBody(op.get("requestBody"), pointer + "/requestBody"),
                responses(op.get("responses"), pointer + "/responses"),
                op.has("security") ? security(op.get("security")) : rootSecurity,
                op.has("servers") ? servers(op.get("servers"), pointer + "/servers") : pathServers,
                op.path(WIRE_FORM_OF).asText(null)));
      }
    }
    return List.copyOf(ops);
  }

  private void parameters(JsonNode list, String pointer, Map<String, Parameter> into) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Resolved p = resolve(list.get(i), pointer + "/" + i);
      String name = p.node.path("name").asText(null);
      String in = p.node.path("in").asText(null);
      if (name == null || in == null) {
        continue;
      }
      String schema = null;
      if (p.node.has("schema")) {
        schema = p.pointer + "/schema";
      } else if (p.node.path("content").isObject() && p.node.get("content").size() > 0) {
        String media = p.node.get("content").fieldNames().next();
        schema = p.pointer + "/content/" + escape(media) + "/schema";
      }
      boolean required = p.node.path("required").asBoolean(false) || in.equals("path");
      // Header names are case-insensitive; the key makes an operation's header override the
      // path item's one whatever its case.
      String key = in + ":" + (in.equals("header") ? lower(name) : name);
      into.put(
          key,
          new Parameter(
              name,
              in,
              required,
              schema,
              p.node.path("style").asText(null),
              p.node.has("explode") ? p.node.get("explode").asBoolean() : null));
    }
  }

  private RequestBody requestBody(JsonNode node, String pointer) {
    if (node == null) {
      return null;
    }
    Resolved body = resolve(node, pointer);
    return new RequestBody(
        body.pointer,
        body.node.path("required").asBoolean(false),
        content(body.node.get("content"), body.pointer + "/content"));
  }

  private Map<String, Response> responses(JsonNode node, String pointer) {
    Map<String, Response> out = new LinkedHashMap<>();
    if (node == null || !node.isObject()) {
      return out;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Resolved r = resolve(e.getValue(), pointer + "/" + escape(e.getKey()));
      List<Header> headers = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> hs = r.node.path("headers").properties().iterator();
      while (hs.hasNext()) {
        Map.Entry<String, JsonNode> h = hs.next();
        Resolved header = resolve(h.getValue(), r.pointer + "/headers/" + escape(h.getKey()));
        headers.add(
            new Header(
                h.getKey(),
                header.node.path("required").asBoolean(false),
                header.node.has("schema") ? header.pointer + "/schema" : null));
      }
      out.put(
          e.getKey().toUpperCase(Locale.ROOT),
          new Response(
              e.getKey(),
              r.pointer,
              List.copyOf(headers),
              content(r.node.get("content"), r.pointer + "/content")));
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<Media> content(JsonNode node, String pointer) {
    List<Media> media = new ArrayList<>();
    if (node == null || !node.isObject()) {
      return media;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = pointer + "/" + escape(e.getKey());
      media.add(
          new Media(
              e.getKey(),
              e.getValue().has("schema") ? at + "/schema" : null,
              e.getValue().path(MISLABELLED_JSON).asBoolean(false)));
    }
    return List.copyOf(media);
  }

  private static List<List<String>> security(JsonNode node) {
    if (node == null || !node.isArray()) {
      return null;
    }
    List<List<String>> alternatives = new ArrayList<>();
    for (JsonNode requirement : node) {
      List<String> names = new ArrayList<>();
      requirement.fieldNames().forEachRemaining(names::add);
      alternatives.add(List.copyOf(names));
    }
    return List.copyOf(alternatives);
  }

  private List<ServerTemplate> servers(JsonNode node, String pointer) {
    List<ServerTemplate> servers = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode server = resolve(node.get(i), pointer + "/" + i).node;
        if (server.path("url").isTextual()) {
          servers.add(ServerTemplate.of(server.get("url").asText(), server.get("variables")));
        }
      }
    }
    if (servers.isEmpty()) {
      // OpenAPI: no servers means a server with url "/".
      servers.add(ServerTemplate.of("/", null));
    }
    return List.copyOf(servers);
  }

  // ---- references

  /** A node after following its {@code $ref}s, and the pointer of where it is defined. */
  record Resolved(JsonNode node, String pointer) {}

  /** The node at a JSON pointer of the spec (a missing node when there is none). */
  JsonNode at(String pointer) {
    return tree.at(JsonPointer.compile(pointer));
  }

  /** Follows {@code $ref}s from {@code node} (defined at {@code pointer}). */
  Resolved resolve(JsonNode node, String pointer) {
    return resolve(tree, node, pointer);
  }

  static Resolved resolve(JsonNode root, JsonNode node, String pointer) {
    Set<String> seen = new LinkedHashSet<>();
    JsonNode current = node;
    String at = pointer;
    while (current != null && current.isObject() && current.path("$ref").isTextual()) {
      String ref = current.get("$ref").asText();
      String target = target(ref, at);
      if (!seen.add(target)) {
        throw new ConformanceException(
            "$ref cycle: " + String.join(" -> ", seen) + " -> " + target);
      }
      current = root.at(JsonPointer.compile(target));
      if (current.isMissingNode()) {
        throw new ConformanceException("unresolvable $ref \"" + ref + "\" at " + at);
      }
      at = target;
    }
    return new Resolved(current, at);
  }

  private static String target(String ref, String at) {
    if (!ref.startsWith("#")) {
      throw new ConformanceException(
          "external $ref \""
              + ref
              + "\" at "
              + at
              + " is not supported; bundle the spec into one file");
    }
    String pointer = PercentEncoding.decode(ref.substring(1), false);
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new ConformanceException("$ref \"" + ref + "\" at " + at + " is not a JSON pointer");
    }
    try {
      JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw new ConformanceException("$ref \"" + ref + "\" at " + at + " is not a JSON pointer");
    }
    return pointer;
  }

  /**
   * Resolves every {@code $ref} of the document once, so that a dangling, external or cyclic one is
   * reported when the spec loads. Example values are data, not spec, and are skipped.
   */
  private void checkReferences(JsonNode root, String pointer, JsonNode node) {
    if (node.isObject()) {
      if (node.path("$ref").isTextual()) {
        try {
          resolve(root, node, pointer);
        } catch (ConformanceException e) {
          throw new ConformanceException(file + ": " + e.getMessage());
        }
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        if (key.equals("example") || key.startsWith("x-")) {
          continue;
        }
        if (key.equals("value") && pointer.contains("/examples/")) {
          continue;
        }
        checkReferences(root, pointer + "/" + escape(key), e.getValue());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkReferences(root, pointer + "/" + i, node.get(i));
      }
    }
  }

  /** Escapes one JSON pointer token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static ObjectMapper jsonMapper() {
    // A key given twice is a broken spec, not one to read half of.
    return JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  }

  private static ObjectMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML's default cap is 3 MB; bundled specs of big APIs exceed that.
    options.setCodePointLimit(64 * 1024 * 1024);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    return YAMLMapper.builder(factory)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** A deep copy of the spec tree as JSON text, for the schema engine. */
  static String json(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed tree always serialises", e);
    }
  }

  static ObjectNode copy(JsonNode tree) {
    return (ObjectNode) tree.deepCopy();
  }
}
