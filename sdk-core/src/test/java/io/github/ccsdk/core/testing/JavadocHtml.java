package io.github.ccsdk.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the Javadoc HTML an SDK ships for what the specs' descriptions must not leak into it: raw
 * Markdown (a backtick in the text, where a code span was not converted) and the engineers' source
 * tags ({@code [SEED-C2]}, {@code [8x8-REPO ECNOW.md]}). The SDK modules run it over their built
 * javadoc jar after {@code package} ({@code JavadocHtmlIT}, failsafe).
 */
public final class JavadocHtml {
  /** The system property naming the javadoc jar (or HTML directory) to check. */
  public static final String JAR = "ccsdk.javadoc.jar";

  /** The system property that says the build skipped javadoc ({@code maven.javadoc.skip}). */
  public static final String SKIPPED = "ccsdk.javadoc.skipped";

  /**
   * A source tag: a bracketed token of two characters or more with an upper-case letter, an
   * optional revision and free-text detail. Array notation ({@code []}, {@code [null]}, {@code
   * [0-9]}, {@code [N]}) does not match.
   */
  private static final Pattern TAG =
      Pattern.compile(
          "\\[([A-Z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9.]*)*)(?:@[^\\]\\s]*)?(?:\\s[^\\[\\]]*)?\\](?!\\()");

  private static final Pattern NOT_TEXT =
      Pattern.compile("(?is)<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->|<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

  private JavadocHtml() {}

  /**
   * The problems in the HTML files of a javadoc jar or directory, one line each ({@code file: what,
   * in context}); empty if there are none.
   */
  public static List<String> problems(Path jarOrDirectory) {
    try {
      if (Files.isDirectory(jarOrDirectory)) {
        return problemsUnder(jarOrDirectory);
      }
      try (FileSystem jar =
          FileSystems.newFileSystem(URI.create("jar:" + jarOrDirectory.toUri()), Map.of())) {
        return problemsUnder(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problemsUnder(Path root) throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        problems.addAll(
            problemsIn(
                root.relativize(file).toString(),
                new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
      }
    }
    return problems;
  }

  /** The problems in one HTML page, named {@code name} in the messages. */
  public static List<String> problemsIn(String name, String html) {
    String text = text(html);
    List<String> problems = new ArrayList<>();
    for (int i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) {
      problems.add(name + ": raw Markdown (a backtick) in \"" + context(text, i, i + 1) + "\"");
    }
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String token = tag.group(1);
      if (token.length() >= 2 && token.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
        problems.add(
            name
                + ": source tag "
                + tag.group()
                + " in \""
                + context(text, tag.start(), tag.end())
                + "\"");
      }
    }
    return problems;
  }

  /** Fails with every problem of the javadoc jar named by {@value #JAR}. */
  public static void assertClean() {
    String jar = System.getProperty(JAR);
    if ("true".equals(System.getProperty(SKIPPED))) {
      org.junit.jupiter.api.Assumptions.abort("javadoc was skipped (maven.javadoc.skip)");
    }
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new AssertionError(
          "no javadoc to check at " + jar + " (system property " + JAR + "); build with package");
    }
    List<String> problems = problems(Path.of(jar));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size()
              + " problem(s) in the Javadoc of "
              + jar
              + " (fix the spec's description, or Javadoc.java in generator-templates):\n"
              + String.join("\n", problems));
    }
  }

  /** The text of a page as a reader sees it: no markup, scripts or comments; entities decoded. */
  static String text(String html) {
    String text = NOT_TEXT.matcher(html).replaceAll(" ");
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1))));
    }
    entity.appendTail(out);
    return out.toString();
  }

  private static String decode(String entity) {
    if (entity.startsWith("#x") || entity.startsWith("#X")) {
      return Character.toString(Integer.parseInt(entity.substring(2), 16));
    }
    if (entity.startsWith("#")) {
      return Character.toString(Integer.parseInt(entity.substring(1)));
    }
    return switch (entity) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> "&" + entity + ";";
    };
  }

  private static String context(String text, int start, int end) {
    return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))
        .replaceAll("\\s+", " ")
        .strip();
  }
}
