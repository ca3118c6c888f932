package io.github.ccsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The consumer R8/ProGuard rules a module ships for Android apps (issue 14), read from the module's
 * own output (its classes directory, or its jar), so that a renamed package or class cannot leave a
 * rule that keeps nothing.
 */
public final class ConsumerRules {
  /** Where R8 (the first) and older R8 and ProGuard (the second) look for a dependency's rules. */
  public static final List<String> DIRECTORIES =
      List.of("META-INF/com.android.tools/r8/", "META-INF/proguard/");

  private static final Pattern CCSDK_NAME = Pattern.compile("io\\.github\\.ccsdk[\\w.$*?]*");

  /** The text of the rules file. */
  public final String text;

  /** Every class of the module, by binary name ({@code a.b.Outer$Inner}). */
  public final TreeSet<String> classes;

  /** Each io.github.ccsdk class pattern of the rules, with the module's classes it matches. */
  public final Map<String, List<String>> matches = new LinkedHashMap<>();

  private ConsumerRules(String text, TreeSet<String> classes) {
    this.text = text;
    this.classes = classes;
    Matcher m = CCSDK_NAME.matcher(text.replaceAll("#[^\n]*", ""));
    while (m.find()) {
      String pattern = m.group().replaceAll("\\.+$", "");
      Pattern regex = Pattern.compile(regex(pattern));
      matches.put(
          pattern,
          classes.stream().filter(c -> regex.matcher(c).matches()).collect(Collectors.toList()));
    }
  }

  /**
   * Reads {@code fileName} from both rule directories of the module that holds {@code anchor}, and
   * checks that the two copies are the same, that there is at least one {@code -keep}, and that
   * every io.github.ccsdk class pattern matches at least one class of the module.
   */
  public static ConsumerRules check(Class<?> anchor, String fileName) throws IOException {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (Files.isDirectory(location)) {
      return check(location, fileName);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return check(jar.getPath("/"), fileName);
    }
  }

  private static ConsumerRules check(Path root, String fileName) throws IOException {
    List<String> copies = new ArrayList<>();
    for (String directory : DIRECTORIES) {
      Path file = root.resolve(directory + fileName);
      assertTrue(Files.isRegularFile(file), "missing from the module's output: " + file);
      copies.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    assertEquals(copies.get(0), copies.get(1), "the two copies of " + fileName + " differ");
    TreeSet<String> classes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".class") && !p.startsWith("META-INF/"))
          .filter(p -> !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .forEach(classes::add);
    }
    ConsumerRules rules = new ConsumerRules(copies.get(0), classes);
    assertTrue(rules.text.contains("-keep"), fileName + " keeps nothing");
    assertFalse(rules.matches.isEmpty(), fileName + " names no io.github.ccsdk class");
    rules.matches.forEach(
        (pattern, matched) ->
            assertFalse(
                matched.isEmpty(), fileName + ": " + pattern + " matches no class of the module"));
    return rules;
  }

  /** Whether some class pattern of the rules matches {@code className}. */
  public boolean covers(String className) {
    return matches.keySet().stream()
        .anyMatch(pattern -> Pattern.matches(regex(pattern), className));
  }

  /** ProGuard's class name wildcards: ** any characters, * any but '.', ? one but '.'. */
  static String regex(String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        out.append(".*");
        i++;
      } else if (c == '*') {
        out.append("[^.]*");
      } else if (c == '?') {
        out.append("[^.]");
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
