package io.github.ccsdk.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path template such as {@code /v4/ticketing/channelAccounts/{id}:enableBot}, matched segment by
 * segment against the percent-decoded segments of a request path, so that an encoded {@code /}
 * inside a value stays in its segment and {@code %3A} matches a literal {@code :}.
 */
final class PathTemplate {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final String template;
  private final List<Pattern> segments = new ArrayList<>();
  private final List<List<String>> names = new ArrayList<>();
  private final int literalLength;
  private final int variableCount;

  private PathTemplate(String template) {
    this.template = template;
    int literals = 0;
    int variables = 0;
    for (String segment : RequestUrl.segments(template)) {
      StringBuilder regex = new StringBuilder();
      List<String> vars = new ArrayList<>();
      Matcher m = VARIABLE.matcher(segment);
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(segment.substring(last, m.start()))).append("(.+?)");
        literals += m.start() - last;
        vars.add(m.group(1));
        variables++;
        last = m.end();
      }
      regex.append(Pattern.quote(segment.substring(last)));
      literals += segment.length() - last;
      segments.add(Pattern.compile(regex.toString()));
      names.add(vars);
    }
    this.literalLength = literals;
    this.variableCount = variables;
  }

  static PathTemplate parse(String template) {
    return new PathTemplate(template.isEmpty() ? "/" : template);
  }

  /** The path parameter values when {@code rawPath} matches, else null. */
  Map<String, String> match(String rawPath) {
    List<String> actual = RequestUrl.segments(rawPath);
    if (actual.size() != segments.size()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Matcher m = segments.get(i).matcher(actual.get(i));
      if (!m.matches()) {
        return null;
      }
      List<String> vars = names.get(i);
      for (int v = 0; v < vars.size(); v++) {
        values.put(vars.get(v), m.group(v + 1));
      }
    }
    return values;
  }

  /** Characters outside variables: more means more specific. */
  int literalLength() {
    return literalLength;
  }

  int variableCount() {
    return variableCount;
  }

  @Override
  public String toString() {
    return template;
  }
}
