package io.github.ccsdk.generator;

import java.util.ArrayList;
import java.util.List;

/** Turns spec descriptions (Markdown-ish prose) into safe Javadoc body lines. */
final class Javadoc {
  private Javadoc() {}

  /**
   * The lines of a Javadoc comment for {@code texts}, joined so that a template can print them
   * after a single {@code indent + "* "}. Blank lines become paragraph breaks.
   */
  static String of(String indent, String... texts) {
    List<String> lines = new ArrayList<>();
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      if (!lines.isEmpty()) {
        lines.add("<p>");
      }
      boolean paragraph = false;
      for (String line : text.strip().split("\\R")) {
        if (line.isBlank()) {
          paragraph = true;
          continue;
        }
        if (paragraph) {
          lines.add("<p>");
          paragraph = false;
        }
        lines.add(escape(line.stripTrailing()));
      }
    }
    return String.join("\n" + indent + "* ", lines);
  }

  /** Escapes what would end the comment, start a tag, or be read as HTML. */
  static String escape(String line) {
    return line.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("\\u", "&#92;u");
  }
}
