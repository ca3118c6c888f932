package io.github.ccsdk.speclint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's findings as SARIF 2.1.0, the format CI code-scanning tools read: one run of the tool
 * {@code ccsdk spec-lint} with its rules, one result per violation at the line and column of the
 * node the violation's JSON pointer names (or of its closest parent that is in the file), the
 * pointer itself as the logical location.
 */
final class Sarif {
  /** One linted spec: the file, the name its violations carry, and the violations. */
  record Linted(Path file, String name, List<Violation> violations) {}

  /** A line and column, both from 1. */
  record Position(int line, int column) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLFactory YAML = new YAMLFactory();

  private Sarif() {}

  /** Writes {@code linted}, found with {@code rules}, to {@code file} (parents created). */
  static void write(Path file, List<Rule> rules, List<Linted> linted) throws IOException {
    ObjectNode log = JSON.createObjectNode();
    log.put(
        "$schema",
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ccsdk spec-lint");
    ArrayNode ruleList = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (Rule rule : rules) {
      index.put(rule.name(), ruleList.size());
      ObjectNode r = ruleList.addObject();
      r.put("id", rule.name());
      r.putObject("shortDescription").put("text", rule.description());
    }
    ArrayNode results = run.putArray("results");
    for (Linted spec : linted) {
      Map<String, Position> positions = positions(spec.file());
      for (Violation v : spec.violations()) {
        ObjectNode result = results.addObject();
        result.put("ruleId", v.rule());
        if (index.containsKey(v.rule())) {
          result.put("ruleIndex", index.get(v.rule()));
        }
        result.put("level", "error");
        result.putObject("message").put("text", v.message() + " -- fix: " + v.hint());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(v.file()));
        Position at = position(positions, v.pointer());
        if (at != null) {
          physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
        }
        location
            .putArray("logicalLocations")
            .addObject()
            .put("fullyQualifiedName", v.pointer().isEmpty() ? "/" : v.pointer())
            .put("kind", "object");
      }
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), log);
  }

  /** The node {@code pointer} names, or its closest parent in the file; null for the root. */
  static Position position(Map<String, Position> positions, String pointer) {
    for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      Position at = positions.get(p);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  /**
   * Where each node of a YAML file starts, by JSON pointer: a mapping entry at its key, a sequence
   * item at its value. Empty when the file cannot be read or parsed (then results have no region).
   */
  static Map<String, Position> positions(Path file) {
    Map<String, Position> out = new HashMap<>();
    try (JsonParser parser = YAML.createParser(file.toFile())) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          context = context.getParent(); // the container's own place is in its parent
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        if (context == null
            || context.inRoot()
            || (context.inObject() && t != JsonToken.FIELD_NAME)) {
          continue; // the root, or a mapping value, whose place is its key's
        }
        JsonLocation at = parser.currentTokenLocation();
        out.putIfAbsent(
            context.pathAsPointer().toString(), new Position(at.getLineNr(), at.getColumnNr()));
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable file is itself a violation of the parser rule, reported without a region.
    }
    return out;
  }

  /** A relative file name as a URI reference (forward slashes), an absolute one as a file URI. */
  private static String uri(String file) {
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.toUri().toString();
    }
    StringBuilder out = new StringBuilder();
    for (Path part : path) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(
          java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return out.toString();
  }
}
