package io.github.ccsdk.conformance;

import io.github.ccsdk.core.spi.PercentEncoding;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text helpers shared by the validator, the replay server and the CLI. */
final class Texts {
  /** Longest text one finding or error line carries; enum lists and parser messages can be huge. */
  private static final int MAX_LINE = 1000;

  private Texts() {}

  /**
   * {@code text} as one printable line: control characters (a HAR or spec can hold anything,
   * including terminal escapes) become escapes, and overly long text is cut.
   */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LINE + 16));
    for (int i = 0; i < text.length() && out.length() < MAX_LINE; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (out.length() >= MAX_LINE) {
      out.setLength(MAX_LINE);
      out.append("...");
    }
    return out.toString();
  }

  /**
   * The decoded name/value pairs of a query string or form body, in order. A pair without {@code =}
   * has an empty value. {@code +} is a space, as browsers and form encoders write it.
   */
  static List<Map.Entry<String, String>> pairs(String raw) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return pairs;
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(
          new SimpleImmutableEntry<>(
              PercentEncoding.decode(name, true), PercentEncoding.decode(value, true)));
    }
    return pairs;
  }

  /** {@code type/subtype} of a Content-Type, lower case and without parameters; null for none. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String essence =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    return essence.isEmpty() ? null : essence;
  }

  /**
   * Whether a declared media range ({@code application/json}, {@code image/*}, {@code *}{@code /*})
   * covers {@code actual}.
   */
  static boolean mediaTypeMatches(String declaredRange, String actual) {
    String range = mediaType(declaredRange);
    if (range == null || actual == null) {
      return false;
    }
    if (range.equals("*/*") || range.equals(actual)) {
      return true;
    }
    return range.endsWith("/*") && actual.startsWith(range.substring(0, range.length() - 1));
  }

  /** JSON media types: {@code application/json} and the {@code +json} family. */
  static boolean isJson(String mediaType) {
    return mediaType != null
        && (mediaType.equals("application/json") || mediaType.endsWith("+json"));
  }
}
