package io.github.ccsdk.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server URL of the spec, possibly with {@code {variables}}, as a matcher of recorded URLs.
 *
 * <p>A variable with an {@code enum} matches exactly its values; one without matches any run of
 * characters up to the next {@code /}. Because an enum value may itself hold a path ({@code
 * api.contactnow.8x8.com/api}), every way the template can match is returned and the operation
 * matcher keeps the one whose remaining path fits an operation. A relative server URL ({@code /v1})
 * matches any origin.
 */
final class ServerTemplate {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

  /** More enum combinations than this are matched with a regular expression instead. */
  private static final int MAX_EXPANSIONS = 256;

  private final String url;
  private final boolean relative;
  private final List<String> literals;
  private final Pattern pattern;

  private ServerTemplate(String url, boolean relative, List<String> literals, Pattern pattern) {
    this.url = url;
    this.relative = relative;
    this.literals = literals;
    this.pattern = pattern;
  }

  static ServerTemplate of(String url, JsonNode variables) {
    String template = trimSlash(url.trim());
    boolean relative = !template.contains("://");
    List<String> expansions = new ArrayList<>();
    expansions.add("");
    StringBuilder regex = new StringBuilder();
    Matcher m = VARIABLE.matcher(template);
    int last = 0;
    boolean expandable = true;
    while (m.find()) {
      String literal = template.substring(last, m.start());
      regex.append(Pattern.quote(literal));
      JsonNode values = variables == null ? null : variables.path(m.group(1)).get("enum");
      List<String> options = new ArrayList<>();
      if (values != null && values.isArray() && values.size() > 0) {
        values.forEach(v -> options.add(trimSlash(v.asText())));
      }
      if (options.isEmpty()) {
        expandable = false;
        regex.append("[^/?#]+");
      } else {
        regex.append("(?:");
        for (int i = 0; i < options.size(); i++) {
          regex.append(i == 0 ? "" : "|").append(Pattern.quote(options.get(i)));
        }
        regex.append(")");
      }
      if (expandable) {
        List<String> next = new ArrayList<>();
        for (String prefix : expansions) {
          for (String option : options) {
            next.add(prefix + literal + option);
          }
        }
        expansions = next;
        expandable = expansions.size() <= MAX_EXPANSIONS;
      }
      last = m.end();
    }
    String tail = template.substring(last);
    regex.append(Pattern.quote(tail));
    if (expandable) {
      List<String> literals = new ArrayList<>();
      for (String prefix : expansions) {
        literals.add(normalise(prefix + tail));
      }
      return new ServerTemplate(url, relative, List.copyOf(literals), null);
    }
    return new ServerTemplate(
        url, relative, null, Pattern.compile("^" + regex, Pattern.CASE_INSENSITIVE));
  }

  /** The URL as written in the spec. */
  String url() {
    return url;
  }

  /**
   * The raw paths that remain of {@code url} after each way this server matches its start (the base
   * path of the server comes first in each match); empty when it does not match.
   */
  List<Match> match(RequestUrl url) {
    String full = relative ? url.rawPath() : url.origin() + url.rawPath();
    List<Match> matches = new ArrayList<>();
    if (literals != null) {
      for (String literal : literals) {
        if (startsWithIgnoreCase(full, literal) && boundary(full, literal.length())) {
          matches.add(match(full, literal.length()));
        }
      }
    } else {
      Matcher m = pattern.matcher(full);
      if (m.lookingAt() && boundary(full, m.end())) {
        matches.add(match(full, m.end()));
      }
    }
    return matches;
  }

  /** What is left of the path, and the server's own part of the path (its base path). */
  record Match(String remainingPath, String basePath) {}

  private Match match(String full, int end) {
    String rest = full.substring(end);
    String matched = full.substring(0, end);
    String basePath;
    if (relative) {
      basePath = matched;
    } else {
      int slash = matched.indexOf('/', matched.indexOf("://") + 3);
      basePath = slash < 0 ? "" : matched.substring(slash);
    }
    return new Match(rest.isEmpty() ? "/" : rest, basePath);
  }

  private static boolean boundary(String full, int end) {
    return end == full.length() || full.charAt(end) == '/';
  }

  private static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private static String normalise(String url) {
    RequestUrl parsed = url.contains("://") ? RequestUrl.parse(url) : null;
    if (parsed == null) {
      return url;
    }
    return parsed.origin() + (parsed.rawPath().equals("/") ? "" : parsed.rawPath());
  }

  private static String trimSlash(String s) {
    String out = s;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  @Override
  public String toString() {
    return url;
  }
}
