package io.github.ccsdk.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccsdk.core.spi.MultipartBody;
import io.github.ccsdk.core.spi.Redaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one recorded exchange against the spec: finds its operation, then checks the request
 * (parameters, credentials, body and its media type) and the response (status, headers, media type,
 * body).
 */
final class ExchangeValidator {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** OpenAPI 3.0: header parameters with these names are ignored (§4.7.12.1). */
  private static final Set<String> IGNORED_HEADERS =
      Set.of("accept", "content-type", "authorization");

  private final Spec spec;
  private final OperationMatcher matcher;
  private final boolean strict;

  ExchangeValidator(Spec spec, List<ServerTemplate> extraServers, boolean strict) {
    this.spec = spec;
    this.matcher = new OperationMatcher(spec, extraServers);
    this.strict = strict;
  }

  /** Reports every finding of {@code entry} (recorded in {@code file}) to {@code sink}. */
  void validate(String file, Har.Entry entry, Consumer<Finding> sink) {
    RequestUrl url = RequestUrl.parse(entry.url());
    String path = url != null ? url.rawPath() : entry.url();
    Context c = new Context(file, entry, path, sink);
    if (url == null) {
      c.violation("request URL", "not an absolute http(s) URL", null);
      return;
    }
    if (entry.status() == 0) {
      c.warning(
          "response status", "no response was recorded (status 0); the entry is not checked", null);
      return;
    }
    OperationMatcher.Match match;
    try {
      match = matcher.match(entry.method(), url);
    } catch (OperationMatcher.NoMatch e) {
      c.violation("operation", e.getMessage(), null);
      return;
    }
    c.operation = match.operation();
    parameters(c, match, url);
    credentials(c, url);
    requestBody(c);
    response(c);
  }

  // ---- request

  private void parameters(Context c, OperationMatcher.Match match, RequestUrl url) {
    Spec.Operation op = c.operation;
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (Map.Entry<String, String> pair : url.query()) {
      query.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
    }
    Set<String> known = new LinkedHashSet<>(spec.credentialQueryNames());
    op.fixedQuery().forEach(pair -> known.add(pair.getKey()));
    for (Spec.Parameter p : op.parameters()) {
      String where = "request " + p.in() + " \"" + p.name() + "\"";
      switch (p.in()) {
        case "path" -> {
          String value = match.pathValues().get(p.name());
          if (value != null) {
            checkParameter(c, p, where, List.of(value));
          }
        }
        case "query" -> {
          known.add(p.name());
          if ("deepObject".equals(p.style()) && p.schemaPointer() != null) {
            deepObject(c, p, query, known);
            continue;
          }
          List<String> values = query.get(p.name());
          if (values == null) {
            if (p.required()) {
              c.violation(where, "required parameter is missing", p.schemaPointer());
            }
          } else {
            checkParameter(c, p, where, values);
          }
        }
        case "header" -> {
          if (IGNORED_HEADERS.contains(p.name().toLowerCase(Locale.ROOT))) {
            continue;
          }
          List<String> values = new ArrayList<>();
          for (Har.Header h : c.entry.requestHeaders()) {
            if (h.name().equalsIgnoreCase(p.name())) {
              values.add(h.value());
            }
          }
          if (values.isEmpty()) {
            if (p.required()) {
              c.violation(where, "required header is missing", p.schemaPointer());
            }
          } else {
            checkParameter(c, p, where, values);
          }
        }
        default -> {
          // Cookie parameters: recordings usually hold redacted cookies, nothing to check.
        }
      }
    }
    for (String name : query.keySet()) {
      if (!known.contains(name)) {
        c.soft("request query \"" + name + "\"", "parameter is not in the spec", op.pointer());
      }
    }
  }

  /**
   * A {@code style: deepObject} query parameter: keys {@code name[property]} for an object, {@code
   * name[index][property]} for a list of objects (indices from 0, the form {@code specs/README.md}
   * documents), each property one the (item) schema declares. The value they make is checked
   * against the parameter's schema, each property typed as declared.
   */
  private void deepObject(
      Context c, Spec.Parameter p, Map<String, List<String>> query, Set<String> known) {
    String where = "request query \"" + p.name() + "\"";
    boolean list = "array".equals(type(p.schemaPointer()));
    String itemPointer =
        spec.schemas()
            .resolvedPointer(
                spec.schemas().resolvedPointer(p.schemaPointer()) + (list ? "/items" : ""));
    JsonNode item = spec.schemas().resolved(itemPointer);
    Pattern shape =
        Pattern.compile(
            Pattern.quote(p.name()) + (list ? "\\[(\\d{1,6})]" : "()") + "\\[([^\\[\\]]+)]");
    TreeMap<Integer, ObjectNode> items = new TreeMap<>();
    for (Map.Entry<String, List<String>> pair : query.entrySet()) {
      String key = pair.getKey();
      if (!key.equals(p.name()) && !key.startsWith(p.name() + "[")) {
        continue;
      }
      known.add(key);
      String at = "request query \"" + key + "\"";
      Matcher m = shape.matcher(key);
      if (!m.matches()) {
        c.violation(
            at,
            "not a key of deepObject parameter "
                + p.name()
                + ": expected "
                + p.name()
                + (list ? "[<index>]" : "")
                + "[<property>]",
            p.schemaPointer());
        continue;
      }
      String property = m.group(2);
      boolean declared = item.path("properties").has(property);
      if (!declared && !item.path("additionalProperties").asBoolean(false)) {
        c.violation(at, "property \"" + property + "\" is not in the schema", itemPointer);
        continue;
      }
      if (pair.getValue().size() > 1) {
        c.violation(at, "sent " + pair.getValue().size() + " times", p.schemaPointer());
        continue;
      }
      String value = pair.getValue().get(0);
      if (value.equals(Redaction.REDACTED)) {
        continue;
      }
      String type = declared ? type(itemPointer + "/properties/" + Spec.escape(property)) : null;
      items
          .computeIfAbsent(list ? Integer.parseInt(m.group(1)) : 0, i -> NODES.objectNode())
          .set(property, scalar(value, type));
    }
    if (items.isEmpty()) {
      if (p.required()) {
        c.violation(where, "required parameter is missing", p.schemaPointer());
      }
      return;
    }
    if (list && items.lastKey() != items.size() - 1) {
      c.violation(
          where,
          "indices are not 0 to " + (items.size() - 1) + ": " + items.keySet(),
          p.schemaPointer());
      return;
    }
    JsonNode value = list ? NODES.arrayNode().addAll(items.values()) : items.get(0);
    for (Schemas.Problem problem : spec.schemas().validate(p.schemaPointer(), value)) {
      c.violation(at(where, problem.at()), problem.message(), problem.schemaLocation());
    }
    for (Schemas.Problem problem : spec.schemas().warnings(p.schemaPointer(), value)) {
      c.soft(at(where, problem.at()), problem.message(), problem.schemaLocation());
    }
  }

  private void checkParameter(Context c, Spec.Parameter p, String where, List<String> values) {
    if (p.schemaPointer() == null || values.contains(Redaction.REDACTED)) {
      return;
    }
    String type = type(p.schemaPointer());
    boolean array = "array".equals(type);
    if (!array && values.size() > 1) {
      c.violation(
          where, "sent " + values.size() + " times, but it is not an array", p.schemaPointer());
      return;
    }
    JsonNode value;
    if (array) {
      List<String> items = new ArrayList<>();
      for (String v : values) {
        if (p.exploded()) {
          items.add(v);
        } else {
          items.addAll(List.of(v.split(",", -1)));
        }
      }
      ArrayNode node = NODES.arrayNode();
      String itemType = type(spec.schemas().resolvedPointer(p.schemaPointer()) + "/items");
      items.forEach(i -> node.add(scalar(i, itemType)));
      value = node;
    } else {
      value = scalar(values.get(0), type);
    }
    for (Schemas.Problem problem : spec.schemas().validate(p.schemaPointer(), value)) {
      c.violation(at(where, problem.at()), problem.message(), problem.schemaLocation());
    }
    for (Schemas.Problem problem : spec.schemas().warnings(p.schemaPointer(), value)) {
      c.soft(at(where, problem.at()), problem.message(), problem.schemaLocation());
    }
  }

  private void credentials(Context c, RequestUrl url) {
    List<List<String>> alternatives = c.operation.security();
    if (alternatives == null || alternatives.isEmpty()) {
      return;
    }
    List<String> expected = new ArrayList<>();
    for (List<String> requirement : alternatives) {
      if (requirement.isEmpty()) {
        return; // {} among the alternatives: anonymous access is allowed
      }
      boolean met = true;
      for (String name : requirement) {
        Spec.SecurityScheme scheme = spec.securitySchemes().get(name);
        if (scheme != null && !present(scheme, c.entry, url)) {
          met = false;
          expected.add(name + " (" + describe(scheme) + ")");
        }
      }
      if (met) {
        return;
      }
    }
    c.violation(
        "request credentials",
        "none of the operation's security requirements is met; expected "
            + String.join(" or ", expected),
        c.operation.pointer() + "/security");
  }

  private static boolean present(Spec.SecurityScheme s, Har.Entry e, RequestUrl url) {
    String authorization = e.requestHeader("Authorization");
    switch (String.valueOf(s.type())) {
      case "http" -> {
        if (authorization == null) {
          return false;
        }
        // A recorder may have blanked the whole value; the scheme word is kept when it can be.
        return authorization.equals(Redaction.REDACTED)
            || s.scheme() == null
            || authorization.toLowerCase(Locale.ROOT).startsWith(s.scheme() + " ");
      }
      case "apiKey" -> {
        if (s.paramName() == null) {
          return true;
        }
        return switch (String.valueOf(s.in())) {
          case "header" -> e.requestHeader(s.paramName()) != null;
          case "query" -> url.query().stream().anyMatch(p -> p.getKey().equals(s.paramName()));
          case "cookie" -> e.requestHeader("Cookie") != null;
          default -> true;
        };
      }
      default -> {
        return authorization != null;
      }
    }
  }

  private static String describe(Spec.SecurityScheme s) {
    if ("http".equals(s.type())) {
      return "Authorization: " + (s.scheme() == null ? "" : capitalise(s.scheme()) + " ") + "...";
    }
    if ("apiKey".equals(s.type())) {
      return s.in() + " " + s.paramName();
    }
    return "Authorization header";
  }

  private void requestBody(Context c) {
    Har.Body body = c.entry.requestBody();
    boolean present;
    if (body == null) {
      present = false;
    } else if (body.bytes() != null) {
      present = body.bytes().length > 0 || !body.params().isEmpty();
    } else {
      // postData without text: a body was sent but not kept (binary), unless nothing says so.
      present = !body.params().isEmpty() || body.mimeType() != null;
    }
    Spec.RequestBody declared = c.operation.requestBody();
    if (declared == null) {
      if (present) {
        c.violation(
            "request body",
            "the operation takes no request body, but one was sent",
            c.operation.pointer());
      }
      return;
    }
    if (!present) {
      if (declared.required()) {
        c.violation("request body", "required request body is missing", declared.pointer());
      }
      return;
    }
    String contentType = c.entry.requestHeader("Content-Type");
    if (contentType == null) {
      contentType = body.mimeType();
    }
    Spec.Media media = mediaFor(c, "request", declared.content(), contentType, declared.pointer());
    if (media != null) {
      checkBody(c, "request body", media, contentType, body);
    }
  }

  // ---- response

  private void response(Context c) {
    Spec.Operation op = c.operation;
    int status = c.entry.status();
    Spec.Response response = op.responses().get(String.valueOf(status));
    if (response == null) {
      response = op.responses().get((status / 100) + "XX");
    }
    if (response == null) {
      response = op.responses().get("DEFAULT");
    }
    if (response == null) {
      List<String> documented = new ArrayList<>();
      op.responses().values().forEach(r -> documented.add(r.key()));
      c.violation(
          "response status",
          status
              + " is not documented for "
              + op.id()
              + " (documented: "
              + String.join(", ", documented)
              + ")",
          op.pointer() + "/responses");
      return;
    }
    for (Spec.Header h : response.headers()) {
      if (h.name().equalsIgnoreCase("Content-Type")) {
        continue; // OpenAPI 3.0: a response header named Content-Type is ignored
      }
      String where = "response header \"" + h.name() + "\"";
      String value = c.entry.responseHeader(h.name());
      if (value == null) {
        if (h.required()) {
          c.violation(where, "required header is missing", response.pointer());
        }
        continue;
      }
      if (h.schemaPointer() != null && !value.equals(Redaction.REDACTED)) {
        JsonNode node = scalar(value, type(h.schemaPointer()));
        for (Schemas.Problem problem : spec.schemas().validate(h.schemaPointer(), node)) {
          c.violation(at(where, problem.at()), problem.message(), problem.schemaLocation());
        }
      }
    }
    Har.Body body = c.entry.responseBody();
    String contentType = c.entry.responseHeader("Content-Type");
    if (contentType == null && body != null) {
      contentType = body.mimeType();
    }
    boolean recorded = body != null && body.bytes() != null;
    boolean hasBody = recorded && body.bytes().length > 0;
    if (response.content().isEmpty()) {
      if (hasBody) {
        c.violation(
            "response body",
            "the response documents no body, but one was recorded"
                + (Texts.mediaType(contentType) == null
                    ? ""
                    : " (" + Texts.mediaType(contentType) + ")"),
            response.pointer());
      }
      return;
    }
    if (recorded && !hasBody) {
      c.soft(
          "response body",
          "empty, although the spec documents " + ranges(response.content()),
          response.pointer());
      return;
    }
    if (!recorded && contentType == null) {
      return; // the recording kept neither the body nor its type: nothing to check
    }
    Spec.Media media = mediaFor(c, "response", response.content(), contentType, response.pointer());
    if (media != null && recorded) {
      checkBody(c, "response body", media, contentType, body);
    }
  }

  // ---- bodies

  /** The declared media type for {@code contentType}, or null after reporting why there is none. */
  private Spec.Media mediaFor(
      Context c, String side, List<Spec.Media> declared, String contentType, String pointer) {
    String media = Texts.mediaType(contentType);
    String where = side + " Content-Type";
    if (media == null) {
      c.violation(where, "missing; the spec documents " + ranges(declared), pointer);
      return null;
    }
    Spec.Media best = null;
    int bestScore = -1;
    for (Spec.Media m : declared) {
      if (Texts.mediaTypeMatches(m.range(), media)) {
        String range = Texts.mediaType(m.range());
        int score = range.equals(media) ? 2 : range.equals("*/*") ? 0 : 1;
        if (score > bestScore) {
          best = m;
          bestScore = score;
        }
      }
    }
    if (best == null) {
      c.violation(
          where,
          "\"" + media + "\" is not documented (the spec documents " + ranges(declared) + ")",
          pointer);
    }
    return best;
  }

  private void checkBody(
      Context c, String where, Spec.Media declared, String contentType, Har.Body body) {
    if (declared.schemaPointer() == null) {
      return;
    }
    String media = Texts.mediaType(contentType);
    JsonNode value;
    if (Texts.isJson(media) || declared.mislabelledJson()) {
      if (body.bytes() == null) {
        return;
      }
      try {
        value = JSON.readTree(body.bytes());
      } catch (JsonProcessingException e) {
        c.violation(where, "not valid JSON: " + Har.describe(e), null);
        return;
      } catch (IOException e) {
        c.violation(where, "not readable: " + e.getMessage(), null);
        return;
      }
      if (value == null || value.isMissingNode()) {
        c.violation(where, "not valid JSON: no content", null);
        return;
      }
    } else if (media.equals("application/x-www-form-urlencoded")) {
      value = form(declared.schemaPointer(), body);
    } else if (media.startsWith("multipart/")) {
      List<MultipartBody.Part> parts = Multipart.parts(body, contentType);
      if (parts == null) {
        c.violation(where, "not a multipart body with the boundary its Content-Type names", null);
        return;
      }
      value = multipart(declared.schemaPointer(), parts);
    } else {
      return; // binary and other media: the schema describes bytes, nothing to check
    }
    for (Schemas.Problem problem : spec.schemas().validate(declared.schemaPointer(), value)) {
      c.violation(at(where, problem.at()), problem.message(), problem.schemaLocation());
    }
    for (Schemas.Problem problem : spec.schemas().warnings(declared.schemaPointer(), value)) {
      c.soft(at(where, problem.at()), problem.message(), problem.schemaLocation());
    }
  }

  /** A form body as the object its schema describes, values typed by the declared properties. */
  private JsonNode form(String pointer, Har.Body body) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (!body.params().isEmpty()) {
      body.params()
          .forEach(p -> pairs.add(Map.entry(p.name(), p.value() == null ? "" : p.value())));
    } else if (body.bytes() != null) {
      pairs.addAll(Texts.pairs(new String(body.bytes(), StandardCharsets.UTF_8)));
    }
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<String, String> pair : pairs) {
      put(object, pointer, pair.getKey(), pair.getValue());
    }
    return object;
  }

  private JsonNode multipart(String pointer, List<MultipartBody.Part> parts) {
    ObjectNode object = NODES.objectNode();
    for (MultipartBody.Part part : parts) {
      if (part.name() == null) {
        continue;
      }
      if (part.fileName() != null || part.content() == null) {
        // A file: binary content the schema can only say "string" about.
        object.put(part.name(), part.fileName() == null ? "" : part.fileName());
      } else {
        put(object, pointer, part.name(), new String(part.content(), StandardCharsets.UTF_8));
      }
    }
    return object;
  }

  private void put(ObjectNode object, String pointer, String name, String value) {
    String property = propertyPointer(pointer, name);
    String type = property == null ? null : type(property);
    if ("array".equals(type)) {
      JsonNode existing = object.get(name);
      ArrayNode array = existing instanceof ArrayNode a ? a : object.putArray(name);
      array.add(scalar(value, type(spec.schemas().resolvedPointer(property) + "/items")));
    } else if (!object.has(name)) {
      object.set(name, scalar(value, type));
    }
  }

  private String propertyPointer(String pointer, String name) {
    JsonNode probe = NODES.objectNode();
    for (String s : spec.schemas().applicable(pointer, probe)) {
      if (spec.schemas().resolved(s).path("properties").has(name)) {
        return s + "/properties/" + Spec.escape(name);
      }
    }
    return null;
  }

  // ---- values

  /** The JSON type the schema at {@code pointer} asks for (following allOf when it names none). */
  private String type(String pointer) {
    String at = pointer;
    for (int hops = 0; hops < 8; hops++) {
      String resolved = spec.schemas().resolvedPointer(at);
      JsonNode s = spec.schemas().resolved(resolved);
      if (s.path("type").isTextual()) {
        return s.get("type").asText();
      }
      JsonNode allOf = s.get("allOf");
      if (allOf == null || !allOf.isArray() || allOf.isEmpty()) {
        return null;
      }
      at = resolved + "/allOf/0";
    }
    return null;
  }

  /**
   * A parameter, header or form value typed as the schema asks. A value that does not parse stays
   * text, so the schema check reports the wrong type.
   */
  static JsonNode scalar(String text, String type) {
    if (type == null) {
      return NODES.textNode(text);
    }
    try {
      switch (type) {
        case "integer":
          return NODES.numberNode(new BigInteger(text));
        case "number":
          return NODES.numberNode(new BigDecimal(text));
        case "boolean":
          if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
          }
          return NODES.textNode(text);
        default:
          return NODES.textNode(text);
      }
    } catch (NumberFormatException e) {
      return NODES.textNode(text);
    }
  }

  private static String ranges(List<Spec.Media> media) {
    List<String> out = new ArrayList<>();
    media.forEach(m -> out.add(m.range()));
    return String.join(", ", out);
  }

  private static String at(String where, String pointer) {
    return pointer == null || pointer.isEmpty() ? where : where + " " + pointer;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** What the findings of one entry share, and where they go. */
  private final class Context {
    final String file;
    final Har.Entry entry;
    final String path;
    final Consumer<Finding> sink;
    Spec.Operation operation;

    Context(String file, Har.Entry entry, String path, Consumer<Finding> sink) {
      this.file = file;
      this.entry = entry;
      this.path = path;
      this.sink = sink;
    }

    void violation(String where, String message, String schema) {
      emit(Finding.Severity.VIOLATION, where, message, schema);
    }

    void warning(String where, String message, String schema) {
      emit(Finding.Severity.WARNING, where, message, schema);
    }

    /** A warning, or a violation in strict mode. */
    void soft(String where, String message, String schema) {
      emit(strict ? Finding.Severity.VIOLATION : Finding.Severity.WARNING, where, message, schema);
    }

    private void emit(Finding.Severity severity, String where, String message, String schema) {
      sink.accept(
          new Finding(
              file,
              entry.index(),
              entry.method(),
              path,
              entry.status(),
              operation == null ? null : operation.id(),
              severity,
              where,
              message,
              schema == null || schema.startsWith("#") ? schema : "#" + schema));
    }
  }
}
