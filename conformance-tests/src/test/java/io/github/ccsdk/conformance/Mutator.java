package io.github.ccsdk.conformance;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Corrupts a conforming recorded entry in one way at a time, at the first place (in document order:
 * response body, request body, form body, then parameters) where that corruption is possible, and
 * says where the validator must report it.
 */
final class Mutator {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Formats the engine asserts (OpenAPI 3.0 dialect, format assertions on). */
  private static final Set<String> ASSERTED_FORMATS =
      Set.of("uuid", "date-time", "date", "email", "uri", "ipv4", "ipv6");

  private static final List<Integer> UNDOCUMENTED = List.of(418, 299, 302, 599);

  /** A value for a patterned string that no sensible pattern of the specs accepts. */
  private static final String BAD_TEXT = "~not the documented format~";

  enum Kind {
    WRONG_TYPE,
    MISSING_REQUIRED,
    BAD_ENUM,
    BAD_FORMAT,
    UNDOCUMENTED_STATUS,
    WRONG_CONTENT_TYPE
  }

  /**
   * A corrupted entry. The validator must report a violation whose {@code where} starts with {@code
   * where}; for body sites, {@code pointer} is where the value was changed, and the reported
   * pointer must be it or one of its ancestors (a broken member of a oneOf is reported at the
   * union). A {@code strict} mutant is a violation only in strict mode.
   */
  record Mutant(
      Kind kind, ObjectNode entry, String where, String pointer, String what, boolean strict) {
    Mutant(Kind kind, ObjectNode entry, String where, String pointer, String what) {
      this(kind, entry, where, pointer, what, false);
    }
  }

  private final Spec spec;
  private final OperationMatcher matcher;

  Mutator(Spec spec) {
    this.spec = spec;
    this.matcher = new OperationMatcher(spec, List.of());
  }

  /** The mutant of {@code kind}, or empty when the entry has no place for that corruption. */
  Optional<Mutant> mutate(JsonNode original, Kind kind) {
    ObjectNode entry = original.deepCopy();
    Spec.Operation op;
    OperationMatcher.Match match;
    try {
      match = matcher.match(entry.path("request").path("method").asText(), url(entry));
      op = match.operation();
    } catch (OperationMatcher.NoMatch e) {
      throw new AssertionError("recorded entry matches no operation: " + e.getMessage());
    }
    return switch (kind) {
      case UNDOCUMENTED_STATUS -> status(entry, op);
      case WRONG_CONTENT_TYPE -> contentType(entry, op);
      default -> value(entry, op, match, kind);
    };
  }

  // ---- status and media type

  private Optional<Mutant> status(ObjectNode entry, Spec.Operation op) {
    for (int status : UNDOCUMENTED) {
      String s = String.valueOf(status);
      if (!op.responses().containsKey(s)
          && !op.responses().containsKey(s.charAt(0) + "XX")
          && !op.responses().containsKey("DEFAULT")) {
        ((ObjectNode) entry.get("response")).put("status", status);
        return Optional.of(
            new Mutant(Kind.UNDOCUMENTED_STATUS, entry, "response status", null, "status " + s));
      }
    }
    return Optional.empty();
  }

  private Optional<Mutant> contentType(ObjectNode entry, Spec.Operation op) {
    Spec.Response response = response(entry, op);
    ObjectNode content = (ObjectNode) entry.path("response").path("content");
    String text = content.path("text").asText("");
    String wrong = "text/html; charset=utf-8";
    if (response.content().isEmpty()) {
      // A body where none is documented, in a media type the spec never names.
      content.put("text", "<html>oops</html>").put("mimeType", wrong).put("size", 17);
      setHeader(entry, "Content-Type", wrong);
      return Optional.of(
          new Mutant(Kind.WRONG_CONTENT_TYPE, entry, "response body", null, "an HTML body"));
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (Spec.Media m : response.content()) {
      if (Texts.mediaTypeMatches(m.range(), "text/html")) {
        return Optional.empty(); // any type is documented (*/*): none is wrong
      }
    }
    content.put("mimeType", wrong);
    setHeader(entry, "Content-Type", wrong);
    return Optional.of(
        new Mutant(Kind.WRONG_CONTENT_TYPE, entry, "response Content-Type", null, wrong));
  }

  // ---- values

  private Optional<Mutant> value(
      ObjectNode entry, Spec.Operation op, OperationMatcher.Match match, Kind kind) {
    Optional<Mutant> m = jsonBody(entry, op, kind, true);
    if (m.isEmpty()) {
      m = jsonBody(entry, op, kind, false);
    }
    if (m.isEmpty()) {
      m = form(entry, op, kind);
    }
    if (m.isEmpty()) {
      m = parameter(entry, op, match, kind);
    }
    return m;
  }

  private Optional<Mutant> jsonBody(
      ObjectNode entry, Spec.Operation op, Kind kind, boolean response) {
    JsonNode found =
        response ? entry.path("response").path("content") : entry.path("request").path("postData");
    if (!found.isObject() || !found.path("text").isTextual()) {
      return Optional.empty();
    }
    ObjectNode holder = (ObjectNode) found;
    String contentType =
        response
            ? header(entry, "response", "Content-Type")
            : header(entry, "request", "Content-Type");
    if (contentType == null) {
      contentType = holder.path("mimeType").asText(null);
    }
    String media = Texts.mediaType(contentType);
    List<Spec.Media> declared =
        response
            ? response(entry, op).content()
            : op.requestBody() == null ? List.of() : op.requestBody().content();
    if (!Spec.Media.isJson(declared, media) || "base64".equals(holder.path("encoding").asText())) {
      return Optional.empty();
    }
    String schema = schemaFor(declared, media);
    if (schema == null) {
      return Optional.empty();
    }
    JsonNode body = readJson(holder.get("text").asText());
    List<Site> sites = new ArrayList<>();
    collect(schema, body, "", false, sites);
    String side = response ? "response body" : "request body";
    for (Site site : sites) {
      Optional<JsonNode> changed = change(site, kind, body);
      if (changed.isPresent()) {
        holder.put("text", changed.get().toString());
        // A new value at an open union's discriminator is a new type: a warning, and a violation
        // in strict mode.
        return Optional.of(
            new Mutant(
                kind,
                entry,
                side,
                site.pointer,
                site.describe(kind),
                site.tag && kind == Kind.BAD_ENUM));
      }
    }
    return Optional.empty();
  }

  /** One value of a body and the schemas that apply to it. */
  private record Site(
      String pointer, JsonNode value, List<JsonNode> schemas, String removed, boolean tag) {
    String describe(Kind kind) {
      return kind
          + " at "
          + (pointer.isEmpty() ? "/" : pointer)
          + (removed == null ? "" : " (" + removed + ")");
    }
  }

  private void collect(String schema, JsonNode value, String pointer, boolean tag, List<Site> out) {
    if (value == null || value.isNull()) {
      return;
    }
    List<String> applicable = spec.schemas().applicable(schema, value);
    List<JsonNode> nodes = new ArrayList<>();
    applicable.forEach(p -> nodes.add(spec.schemas().resolved(p)));
    out.add(new Site(pointer, value, nodes, null, tag));
    if (value.isObject()) {
      // The discriminator of an open union: another value there is a new type, accepted.
      Set<String> tags = new java.util.HashSet<>();
      nodes.forEach(n -> tags.add(n.path(Schemas.DISCRIMINATOR).path("propertyName").asText("")));
      Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        for (String s : applicable) {
          if (spec.schemas().resolved(s).path("properties").has(field.getKey())) {
            collect(
                s + "/properties/" + Spec.escape(field.getKey()),
                field.getValue(),
                pointer + "/" + Spec.escape(field.getKey()),
                tags.contains(field.getKey()),
                out);
            break;
          }
        }
      }
    } else if (value.isArray()) {
      for (String s : applicable) {
        if (spec.schemas().resolved(s).has("items")) {
          for (int i = 0; i < value.size(); i++) {
            collect(s + "/items", value.get(i), pointer + "/" + i, false, out);
          }
          break;
        }
      }
    }
  }

  /** The body with {@code site} corrupted as {@code kind} asks, if that fits the site. */
  private Optional<JsonNode> change(Site site, Kind kind, JsonNode body) {
    JsonNode v = site.value;
    if (v.isTextual() && v.asText().equals("REDACTED")) {
      return Optional.empty(); // the validator rightly skips redacted values
    }
    JsonNode replacement = null;
    switch (kind) {
      case WRONG_TYPE -> {
        String type = first(site.schemas, "type");
        if (type != null) {
          replacement =
              switch (type) {
                case "string" -> IntNode.valueOf(12345);
                case "integer", "number" -> TextNode.valueOf("not a number");
                case "boolean" -> TextNode.valueOf("not a boolean");
                case "array" -> TextNode.valueOf("not an array");
                default -> TextNode.valueOf("not an object");
              };
        }
      }
      case MISSING_REQUIRED -> {
        if (v.isObject()) {
          for (JsonNode s : site.schemas) {
            for (JsonNode name : s.path("required")) {
              if (v.has(name.asText())) {
                ObjectNode copy = v.deepCopy();
                copy.remove(name.asText());
                replacement = copy;
                break;
              }
            }
            if (replacement != null) {
              break;
            }
          }
        }
      }
      case BAD_ENUM -> {
        for (JsonNode s : site.schemas) {
          JsonNode values = s.get("enum");
          if (values != null && values.isArray() && v.isValueNode()) {
            replacement =
                values.path(0).isNumber()
                    ? IntNode.valueOf(987654321)
                    : TextNode.valueOf("not-a-documented-value");
            break;
          }
        }
      }
      case BAD_FORMAT -> {
        String format = first(site.schemas, "format");
        String pattern = first(site.schemas, "pattern");
        if (v.isTextual() && format != null && ASSERTED_FORMATS.contains(format)) {
          replacement = TextNode.valueOf("not-a-valid-" + format);
        } else if (v.isTextual() && pattern != null && !matches(pattern, BAD_TEXT)) {
          // ContactNow writes its formats (dates, numeric ids) as patterns, not format names.
          replacement = TextNode.valueOf(BAD_TEXT);
        }
      }
      default -> {}
    }
    if (replacement == null) {
      return Optional.empty();
    }
    if (site.pointer.isEmpty()) {
      return Optional.of(replacement);
    }
    JsonNode copy = body.deepCopy();
    JsonPointer at = JsonPointer.compile(site.pointer);
    JsonNode parent = copy.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, replacement);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
    }
    return Optional.of(copy);
  }

  private static boolean matches(String pattern, String text) {
    return java.util.regex.Pattern.compile(pattern).matcher(text).find();
  }

  private static String first(List<JsonNode> schemas, String keyword) {
    for (JsonNode s : schemas) {
      if (s.path(keyword).isTextual()) {
        return s.get(keyword).asText();
      }
    }
    return null;
  }

  // ---- form bodies and parameters

  private Optional<Mutant> form(ObjectNode entry, Spec.Operation op, Kind kind) {
    JsonNode postData = entry.path("request").path("postData");
    if (!"application/x-www-form-urlencoded"
            .equals(Texts.mediaType(postData.path("mimeType").asText(null)))
        || op.requestBody() == null
        || kind == Kind.WRONG_TYPE
        || kind == Kind.BAD_FORMAT) {
      return Optional.empty(); // form values are all text: only presence and enums can be wrong
    }
    String schema = schemaFor(op.requestBody().content(), "application/x-www-form-urlencoded");
    if (schema == null) {
      return Optional.empty();
    }
    JsonNode resolved = spec.schemas().resolved(schema);
    List<Map.Entry<String, String>> pairs =
        new ArrayList<>(Texts.pairs(postData.path("text").asText()));
    for (int i = 0; i < pairs.size(); i++) {
      String name = pairs.get(i).getKey();
      boolean required = false;
      for (JsonNode r : resolved.path("required")) {
        required |= r.asText().equals(name);
      }
      if (kind == Kind.MISSING_REQUIRED && required) {
        pairs.remove(i);
      } else if (kind == Kind.BAD_ENUM
          && spec.schemas().resolved(schema + "/properties/" + Spec.escape(name)).has("enum")) {
        pairs.set(i, Map.entry(name, "not-a-documented-value"));
      } else {
        continue;
      }
      ((ObjectNode) postData).put("text", form(pairs));
      return Optional.of(
          new Mutant(kind, entry, "request body", "", kind + " of form field " + name));
    }
    return Optional.empty();
  }

  private Optional<Mutant> parameter(
      ObjectNode entry, Spec.Operation op, OperationMatcher.Match match, Kind kind) {
    RequestUrl url = url(entry);
    for (Spec.Parameter p : op.parameters()) {
      if (p.schemaPointer() == null || p.in().equals("cookie")) {
        continue;
      }
      if ("deepObject".equals(p.style())) {
        Optional<Mutant> mutant = deepObject(entry, p, kind);
        if (mutant.isPresent()) {
          return mutant;
        }
        continue;
      }
      JsonNode schema = spec.schemas().resolved(p.schemaPointer());
      String current =
          switch (p.in()) {
            case "path" -> match.pathValues().get(p.name());
            case "query" ->
                url.query().stream()
                    .filter(e -> e.getKey().equals(p.name()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            default -> header(entry, "request", p.name());
          };
      if (current == null || current.equals("REDACTED")) {
        continue;
      }
      String replacement = null;
      boolean remove = false;
      switch (kind) {
        case WRONG_TYPE -> {
          String type = schema.path("type").asText("");
          if (type.equals("integer") || type.equals("number") || type.equals("boolean")) {
            replacement = "not-a-" + type;
          }
        }
        case MISSING_REQUIRED -> remove = p.required() && !p.in().equals("path");
        case BAD_ENUM -> {
          if (schema.has("enum")) {
            replacement = "not-a-documented-value";
          }
        }
        case BAD_FORMAT -> {
          if (ASSERTED_FORMATS.contains(schema.path("format").asText(""))) {
            replacement = "not-a-valid-" + schema.get("format").asText();
          } else if (schema.path("pattern").isTextual()
              && !matches(schema.get("pattern").asText(), BAD_TEXT)) {
            replacement = BAD_TEXT;
          }
        }
        default -> {}
      }
      if (replacement == null && !remove) {
        continue;
      }
      ObjectNode request = (ObjectNode) entry.get("request");
      String where = "request " + p.in() + " \"" + p.name() + "\"";
      switch (p.in()) {
        case "path" ->
            request.put(
                "url",
                entry
                    .path("request")
                    .path("url")
                    .asText()
                    .replace("/" + encode(current), "/" + encode(replacement)));
        case "query" ->
            request.put(
                "url",
                withQuery(
                    entry.path("request").path("url").asText(),
                    p.name(),
                    remove ? null : replacement));
        default -> setRequestHeader(request, p.name(), remove ? null : replacement);
      }
      return Optional.of(new Mutant(kind, entry, where, null, kind + " of " + where));
    }
    return Optional.empty();
  }

  /**
   * A deepObject list parameter ({@code name[i][key]}): the first item loses a required key ({@code
   * MISSING_REQUIRED}) or gets a key its schema does not declare ({@code WRONG_TYPE}: the query no
   * longer has the parameter's shape).
   */
  private Optional<Mutant> deepObject(ObjectNode entry, Spec.Parameter p, Kind kind) {
    String items = spec.schemas().resolvedPointer(p.schemaPointer()) + "/items";
    JsonNode item = spec.schemas().resolved(items);
    String url = entry.path("request").path("url").asText();
    int q = url.indexOf('?');
    if (q < 0 || !item.isObject()) {
      return Optional.empty();
    }
    List<Map.Entry<String, String>> pairs = new ArrayList<>(Texts.pairs(url.substring(q + 1)));
    String first = p.name() + "[0][";
    for (int i = 0; i < pairs.size(); i++) {
      String key = pairs.get(i).getKey();
      if (!key.startsWith(first) || !key.endsWith("]")) {
        continue;
      }
      String property = key.substring(first.length(), key.length() - 1);
      boolean required = false;
      for (JsonNode r : item.path("required")) {
        required |= r.asText().equals(property);
      }
      String where;
      if (kind == Kind.MISSING_REQUIRED && required) {
        pairs.remove(i);
        where = "request query \"" + p.name() + "\"";
      } else if (kind == Kind.WRONG_TYPE) {
        pairs.set(i, Map.entry(first + "undeclared]", pairs.get(i).getValue()));
        where = "request query \"" + first + "undeclared]\"";
      } else {
        continue;
      }
      ((ObjectNode) entry.get("request")).put("url", url.substring(0, q + 1) + form(pairs));
      return Optional.of(new Mutant(kind, entry, where, null, kind + " of " + key));
    }
    return Optional.empty();
  }

  // ---- helpers

  private Spec.Response response(JsonNode entry, Spec.Operation op) {
    int status = entry.path("response").path("status").asInt();
    Spec.Response r = op.responses().get(String.valueOf(status));
    if (r == null) {
      throw new AssertionError("recorded status " + status + " is not documented for " + op.id());
    }
    return r;
  }

  private static String schemaFor(List<Spec.Media> declared, String media) {
    for (Spec.Media m : declared) {
      if (Texts.mediaTypeMatches(m.range(), media)) {
        return m.schemaPointer();
      }
    }
    return null;
  }

  private static RequestUrl url(JsonNode entry) {
    return RequestUrl.parse(entry.path("request").path("url").asText());
  }

  private static String header(JsonNode entry, String side, String name) {
    for (JsonNode h : entry.path(side).path("headers")) {
      if (h.path("name").asText().equalsIgnoreCase(name)) {
        return h.path("value").asText();
      }
    }
    return null;
  }

  private static void setHeader(ObjectNode entry, String name, String value) {
    setRequestHeader((ObjectNode) entry.get("response"), name, value);
  }

  private static void setRequestHeader(ObjectNode message, String name, String value) {
    ArrayNode headers = message.withArray("headers");
    for (int i = headers.size() - 1; i >= 0; i--) {
      if (headers.get(i).path("name").asText().equalsIgnoreCase(name)) {
        headers.remove(i);
      }
    }
    if (value != null) {
      headers.addObject().put("name", name).put("value", value);
    }
  }

  private static String withQuery(String url, String name, String value) {
    int q = url.indexOf('?');
    List<Map.Entry<String, String>> pairs = new ArrayList<>(Texts.pairs(url.substring(q + 1)));
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).getKey().equals(name)) {
        if (value == null) {
          pairs.remove(i);
        } else {
          pairs.set(i, Map.entry(name, value));
        }
        break;
      }
    }
    return url.substring(0, q) + (pairs.isEmpty() ? "" : "?" + form(pairs));
  }

  private static String form(List<Map.Entry<String, String>> pairs) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(pair.getKey())).append('=').append(encode(pair.getValue()));
    }
    return out.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
