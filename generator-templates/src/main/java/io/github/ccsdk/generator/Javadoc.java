package io.github.ccsdk.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns spec descriptions into Javadoc body lines: the specs' Markdown subset becomes Javadoc HTML,
 * and the engineers' source tags ({@code [SEED-C2]}, {@code [8x8-REPO ECNOW.md]}) are left out.
 *
 * <p>The subset, what the specs use: paragraphs (separated by a blank line), headings ({@code ##
 * Errors}, rendered as a bold paragraph: a heading level would depend on where the comment lands),
 * bullet lists ({@code *}, {@code -}, {@code +}) and numbered lists ({@code 1.}), whose
 * continuation lines are indented (an unindented line after a list starts a new paragraph, as the
 * specs mean it), pipe tables with a delimiter row, fenced code blocks, and inline {@code `code`},
 * {@code **strong**}, {@code *emphasis*}, {@code [text](url)}, {@code <https://autolink>} and
 * backslash escapes. Underscore emphasis is not supported: snake_case names abound in the specs.
 *
 * <p>The output is safe for a Java comment and for javadoc's lint: every character that would end
 * the comment ({@code *}{@code /}), start a unicode escape ({@code \}{@code u}), a tag ({@code @})
 * or HTML ({@code <}, {@code &}) is escaped, and every table has a caption.
 */
final class Javadoc {
  private Javadoc() {}

  /**
   * A source tag: a bracketed upper-case token with an optional revision and free-text detail, such
   * as {@code [SP-PM1]}, {@code [8x8-REPO@f94c0dd api-wrappers.php]} or {@code [3P mycrm
   * DiallerRestClientImpl]}. Not a link ({@code [text](url)}) and not array notation ({@code []},
   * {@code [null]}, {@code [0-9]}, {@code [N]}); see {@link #isTagToken}.
   */
  private static final Pattern TAG =
      Pattern.compile(
          "\\[([A-Z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9.]*)*)(?:@[^\\]\\s]*)?(?:\\s[^\\[\\]]*)?\\]");

  private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*?)\\s*#*\\s*");
  private static final Pattern BULLET = Pattern.compile("( {0,3})([*+-])\\s+(.*)");
  private static final Pattern NUMBERED = Pattern.compile("( {0,3})([0-9]{1,9})[.)]\\s+(.*)");
  private static final Pattern DELIMITER_ROW =
      Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(```+|~~~+).*");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^\\s<>]+)>");
  private static final Pattern LINK_TARGET = Pattern.compile("\\(([^()\\s]+)\\)");

  /**
   * The lines of a Javadoc comment for {@code texts}, joined so that a template can print them
   * after a single {@code indent + "* "}. Each text and each block after the first starts a new
   * paragraph.
   */
  static String of(String indent, String... texts) {
    List<String> lines = new ArrayList<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      new Blocks(stripTags(text), lines).run();
    }
    List<String> safe = new ArrayList<>();
    for (String line : lines) {
      safe.add(line.stripTrailing());
    }
    return String.join("\n" + indent + "* ", safe);
  }

  /**
   * {@code text} without its source tags and the whitespace before each tag. Code spans are kept as
   * they are: {@code `Record id [N] does not exist.`} is not cited from anywhere.
   */
  static String stripTags(String text) {
    StringBuilder out = new StringBuilder();
    Matcher tag = TAG.matcher(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '`') {
        int end = codeSpanEnd(text, i);
        if (end > 0) {
          out.append(text, i, end);
          i = end;
          continue;
        }
        int run = run(text, i, '`');
        out.append(text, i, i + run);
        i += run;
        continue;
      }
      if (c == '\\' && i + 1 < text.length()) {
        out.append(text, i, i + 2);
        i += 2;
        continue;
      }
      if (c == '['
          && tag.region(i, text.length()).lookingAt()
          && isTagToken(tag.group(1))
          && !text.startsWith("(", tag.end())) {
        dropSpaceBefore(out);
        i = tag.end();
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
          // Nothing before it on its line: drop the space after it instead.
          while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
          }
        }
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * Whether a bracketed token names a source: two characters or more, one of them an upper-case
   * letter ({@code [N]}, {@code [01]} and {@code [0-9]} do not).
   */
  static boolean isTagToken(String token) {
    return token.length() >= 2 && token.chars().anyMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /** Drops the spaces before a tag, and the line break too unless it ends a paragraph. */
  private static void dropSpaceBefore(StringBuilder out) {
    int end = out.length();
    int start = end;
    int breaks = 0;
    while (start > 0 && Character.isWhitespace(out.charAt(start - 1))) {
      if (out.charAt(start - 1) == '\n') {
        breaks++;
      }
      start--;
    }
    if (breaks <= 1) {
      out.setLength(start);
    } else {
      int lastBreak = out.lastIndexOf("\n");
      out.setLength(lastBreak + 1);
    }
  }

  /** The length of the run of {@code c} at {@code from}. */
  private static int run(String text, int from, char c) {
    int i = from;
    while (i < text.length() && text.charAt(i) == c) {
      i++;
    }
    return i - from;
  }

  /**
   * The index after the code span opening at {@code from} (a backtick run closed by a run of the
   * same length), or -1 if the run is not closed.
   */
  private static int codeSpanEnd(String text, int from) {
    int open = run(text, from, '`');
    int i = from + open;
    while (i < text.length()) {
      if (text.charAt(i) == '`') {
        int close = run(text, i, '`');
        if (close == open) {
          return i + close;
        }
        i += close;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** Parses the block structure of one text and appends its Javadoc lines. */
  private static final class Blocks {
    private final String[] src;
    private final List<String> out;
    private int i;

    Blocks(String text, List<String> out) {
      this.src = text.strip().split("\\R", -1);
      this.out = out;
    }

    void run() {
      while (i < src.length) {
        String line = src[i];
        if (line.isBlank()) {
          i++;
        } else if (FENCE.matcher(line).matches()) {
          fenced();
        } else if (HEADING.matcher(line.strip()).matches() && indent(line) <= 3) {
          Matcher h = HEADING.matcher(line.strip());
          h.matches();
          startBlock();
          out.add("<strong>" + inline(h.group(1)) + "</strong>");
          i++;
        } else if (isTableStart(i)) {
          table();
        } else if (item(line) != null) {
          list();
        } else {
          paragraph();
        }
      }
    }

    /**
     * A paragraph break before a paragraph that is not the first thing in the comment. Lists,
     * tables and code blocks need none (lint calls a {@code <p>} before them empty).
     */
    private void startBlock() {
      if (!out.isEmpty()) {
        out.add("<p>");
      }
    }

    private void paragraph() {
      startBlock();
      StringBuilder text = new StringBuilder(src[i++].strip());
      while (i < src.length && !src[i].isBlank() && !interrupts(i)) {
        text.append('\n').append(src[i++].strip());
      }
      addLines(inline(text.toString()));
    }

    /** Whether line {@code at} starts a block that ends the paragraph before it. */
    private boolean interrupts(int at) {
      String line = src[at];
      Matcher n = NUMBERED.matcher(line);
      return BULLET.matcher(line).matches()
          || (n.matches() && n.group(2).equals("1"))
          || FENCE.matcher(line).matches()
          || (indent(line) <= 3 && HEADING.matcher(line.strip()).matches())
          || isTableStart(at);
    }

    private void list() {
      Matcher first = item(src[i]);
      boolean numbered = first.pattern() == NUMBERED;
      String tag = numbered ? "ol" : "ul";
      out.add("<" + tag + ">");
      while (i < src.length) {
        Matcher m = item(src[i]);
        if (m == null || (m.pattern() == NUMBERED) != numbered) {
          break;
        }
        StringBuilder text = new StringBuilder(m.group(3).strip());
        i++;
        while (i < src.length) {
          String line = src[i];
          if (line.isBlank()) {
            // A blank line inside an item: the list goes on only if an indented line or an item
            // of the same kind follows.
            int next = i;
            while (next < src.length && src[next].isBlank()) {
              next++;
            }
            if (next < src.length && indent(src[next]) >= 2 && item(src[next]) == null) {
              text.append("\n\n");
              i = next;
              continue;
            }
            if (next < src.length && item(src[next]) != null) {
              i = next;
            }
            break;
          }
          if (item(line) != null || indent(line) < 2 || isTableStart(i)) {
            break;
          }
          text.append('\n').append(line.strip());
          i++;
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.toString().split("\n\n")) {
          if (!lines.isEmpty()) {
            lines.add("<p>");
          }
          lines.addAll(List.of(inline(paragraph).split("\n")));
        }
        lines.set(0, "<li>" + lines.get(0));
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "</li>");
        out.addAll(lines);
        if (i < src.length && src[i].isBlank()) {
          break;
        }
      }
      out.add("</" + tag + ">");
    }

    private boolean isTableStart(int at) {
      return src[at].strip().startsWith("|")
          && at + 1 < src.length
          && src[at + 1].contains("-")
          && DELIMITER_ROW.matcher(src[at + 1]).matches();
    }

    private void table() {
      List<String> header = cells(src[i]);
      i += 2;
      List<String> captions = new ArrayList<>();
      for (String cell : header) {
        captions.add(inline(cell).replace('\n', ' '));
      }
      out.add("<table class=\"striped\">");
      // javadoc's lint wants a caption; the column names are what the table always has.
      out.add("<caption>" + String.join(", ", captions) + "</caption>");
      out.add("<thead>");
      out.add(row(header, "th scope=\"col\"", "th", header.size()));
      out.add("</thead>");
      out.add("<tbody>");
      while (i < src.length && src[i].strip().startsWith("|")) {
        out.add(row(cells(src[i]), "td", "td", header.size()));
        i++;
      }
      out.add("</tbody>");
      out.add("</table>");
    }

    private static String row(List<String> cells, String open, String close, int columns) {
      StringBuilder row = new StringBuilder("<tr>");
      for (int c = 0; c < columns; c++) {
        String cell = c < cells.size() ? cells.get(c) : "";
        row.append('<')
            .append(open)
            .append('>')
            .append(inline(cell).replace('\n', ' '))
            .append("</")
            .append(close)
            .append('>');
      }
      return row.append("</tr>").toString();
    }

    /** The cells of a table row: split at each {@code |} outside code spans and escapes. */
    static List<String> cells(String line) {
      String s = line.strip();
      if (s.startsWith("|")) {
        s = s.substring(1);
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      int j = 0;
      while (j < s.length()) {
        char c = s.charAt(j);
        if (c == '`' && codeSpanEnd(s, j) > 0) {
          int end = codeSpanEnd(s, j);
          cell.append(s, j, end);
          j = end;
        } else if (c == '\\' && j + 1 < s.length() && s.charAt(j + 1) == '|') {
          cell.append('|');
          j += 2;
        } else if (c == '|') {
          cells.add(cell.toString().strip());
          cell.setLength(0);
          j++;
        } else {
          cell.append(c);
          j++;
        }
      }
      if (!cell.toString().isBlank()) {
        cells.add(cell.toString().strip());
      }
      return cells;
    }

    private void fenced() {
      String fence = src[i].strip().replaceAll("[^`~].*", "");
      i++;
      List<String> code = new ArrayList<>();
      while (i < src.length && !src[i].strip().startsWith(fence)) {
        code.add(escape(src[i]));
        i++;
      }
      i++;
      code.add(0, "<pre>" + (code.isEmpty() ? "" : code.remove(0)));
      code.set(code.size() - 1, code.get(code.size() - 1) + "</pre>");
      out.addAll(code);
    }

    private void addLines(String html) {
      out.addAll(List.of(html.split("\n")));
    }

    private static Matcher item(String line) {
      Matcher b = BULLET.matcher(line);
      if (b.matches()) {
        return b;
      }
      Matcher n = NUMBERED.matcher(line);
      return n.matches() ? n : null;
    }

    private static int indent(String line) {
      int n = 0;
      while (n < line.length() && line.charAt(n) == ' ') {
        n++;
      }
      return n;
    }
  }

  /** Inline Markdown of one block (line breaks kept) as Javadoc HTML. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (c == '`' && (end = codeSpanEnd(text, i)) > 0) {
        int ticks = run(text, i, '`');
        flush(plain, out);
        out.append(code(text.substring(i + ticks, end - ticks)));
        i = end;
      } else if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
        plain.append(text.charAt(i + 1));
        i += 2;
      } else if (c == '*' && text.startsWith("**", i) && (end = closing(text, i, "**")) > 0) {
        flush(plain, out);
        out.append("<strong>").append(inline(text.substring(i + 2, end))).append("</strong>");
        i = end + 2;
      } else if (c == '*' && (end = closing(text, i, "*")) > 0) {
        flush(plain, out);
        out.append("<em>").append(inline(text.substring(i + 1, end))).append("</em>");
        i = end + 1;
      } else if (c == '[' && (end = linkEnd(text, i)) > 0) {
        int close = bracketEnd(text, i);
        Matcher target = LINK_TARGET.matcher(text);
        target.region(close + 1, text.length()).lookingAt();
        flush(plain, out);
        out.append("<a href=\"")
            .append(escape(target.group(1)).replace("\"", "&quot;"))
            .append("\">")
            .append(inline(text.substring(i + 1, close)))
            .append("</a>");
        i = end;
      } else if (c == '<' && AUTOLINK.matcher(text).region(i, text.length()).lookingAt()) {
        Matcher link = AUTOLINK.matcher(text);
        link.region(i, text.length()).lookingAt();
        String url = escape(link.group(1)).replace("\"", "&quot;");
        flush(plain, out);
        out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
        i = link.end();
      } else {
        plain.append(c);
        i++;
      }
    }
    flush(plain, out);
    return out.toString();
  }

  private static void flush(StringBuilder plain, StringBuilder out) {
    out.append(escape(plain.toString()));
    plain.setLength(0);
  }

  /**
   * A code span: {@code {@code ...}} where that is safe, else {@code <code>} with the content
   * escaped (unbalanced braces would end the tag early, {@code @} could start a tag, and {@code *}
   * {@code /} or {@code \}{@code u} would break the Java comment itself).
   */
  static String code(String content) {
    String c = content.replace('\n', ' ');
    if (c.length() >= 2 && c.startsWith(" ") && c.endsWith(" ") && !c.isBlank()) {
      c = c.substring(1, c.length() - 1);
    }
    if (c.isBlank()
        || c.contains("@")
        || c.contains("*/")
        || c.contains("\\u")
        || !balancedBraces(c)) {
      return "<code>" + escape(c) + "</code>";
    }
    return "{@code " + c + "}";
  }

  private static boolean balancedBraces(String s) {
    int depth = 0;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == '{') {
        depth++;
      } else if (ch == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * The index of the delimiter that closes the emphasis opening at {@code from}, or -1. An opening
   * delimiter is followed by a non-space and not preceded by a letter or digit; a closing one is
   * preceded by a non-space and not followed by a letter or digit. Code spans are skipped.
   */
  private static int closing(String text, int from, String delimiter) {
    int after = from + delimiter.length();
    if (after >= text.length()
        || Character.isWhitespace(text.charAt(after))
        || text.charAt(after) == '*'
        || (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)))) {
      return -1;
    }
    int i = after;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '`' && codeSpanEnd(text, i) > 0) {
        i = codeSpanEnd(text, i);
        continue;
      }
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (text.startsWith(delimiter, i)) {
        int end = i + delimiter.length();
        boolean longer = end < text.length() && text.charAt(end) == '*';
        if (!longer
            && !Character.isWhitespace(text.charAt(i - 1))
            && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
          return i;
        }
        i = end + (longer ? 1 : 0);
        continue;
      }
      i++;
    }
    return -1;
  }

  /** The index of the {@code ]} that closes the {@code [} at {@code from}, or -1. */
  private static int bracketEnd(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`' && codeSpanEnd(text, i) > 0) {
        i = codeSpanEnd(text, i) - 1;
      } else if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index after a link {@code [text](url)} starting at {@code from}, or -1. */
  private static int linkEnd(String text, int from) {
    int close = bracketEnd(text, from);
    if (close < 0 || close == from + 1) {
      return -1;
    }
    Matcher target = LINK_TARGET.matcher(text);
    target.region(close + 1, text.length());
    return target.lookingAt() ? target.end() : -1;
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
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
