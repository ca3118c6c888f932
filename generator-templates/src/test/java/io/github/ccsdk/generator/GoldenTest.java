package io.github.ccsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates each feature spec under {@code src/test/resources/features} and compares the Java
 * output, formatted as the SDK modules format it, with the committed files under {@code
 * src/test/resources/golden/<feature>}. A template change thus shows its effect in review.
 *
 * <p>After an intended change, regenerate the golden files with {@code mvn -pl generator-templates
 * test -Dccsdk.golden.update=true} and review the diff.
 */
class GoldenTest {
  private static final Path FEATURES = Path.of("src/test/resources/features");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("ccsdk.golden.update");

  static Stream<String> features() throws IOException {
    try (Stream<Path> files = Files.list(FEATURES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("features")
  void matchesGoldenFiles(String feature, @TempDir Path out) throws IOException {
    Generate.run(FEATURES.resolve(feature + ".yaml"), out, "Feature", "com.example.feature");
    Map<String, String> actual = javaFiles(out.resolve("src/main/java"), true);
    // The exception file does not depend on the spec: one golden copy (typed-errors) is enough.
    if (!feature.equals("typed-errors")) {
      actual.keySet().removeIf(file -> file.endsWith("FeatureException.java"));
    }
    Path golden = GOLDEN.resolve(feature);
    if (UPDATE) {
      write(golden, actual);
    }
    Map<String, String> expected = javaFiles(golden, false);
    List<String> problems = new ArrayList<>();
    for (String file : expected.keySet()) {
      if (!actual.containsKey(file)) {
        problems.add("no longer generated: " + file);
      }
    }
    for (Map.Entry<String, String> file : actual.entrySet()) {
      String want = expected.get(file.getKey());
      if (want == null) {
        problems.add("new file: " + file.getKey());
      } else if (!want.equals(file.getValue())) {
        problems.add("differs: " + file.getKey() + "\n" + firstDifference(want, file.getValue()));
      }
    }
    if (!problems.isEmpty()) {
      fail(
          feature
              + ": generated code differs from "
              + golden
              + " (after an intended change run with -Dccsdk.golden.update=true):\n"
              + String.join("\n", problems));
    }
    assertEquals(expected.keySet(), actual.keySet());
  }

  private static Map<String, String> javaFiles(Path root, boolean format) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        files.put(
            root.relativize(file).toString().replace('\\', '/'),
            format ? format(file, text) : text);
      }
    }
    return files;
  }

  private static String format(Path file, String text) {
    try {
      return new Formatter().formatSourceAndFixImports(text);
    } catch (FormatterException e) {
      return fail(
          "generated "
              + file.getFileName()
              + " is not valid Java: "
              + e.getMessage()
              + "\n"
              + text);
    }
  }

  private static void write(Path root, Map<String, String> files) {
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = root.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstDifference(String want, String got) {
    String[] a = want.split("\n", -1);
    String[] b = got.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of file>";
      if (!x.equals(y)) {
        return "  line " + (i + 1) + "\n  - " + x + "\n  + " + y;
      }
    }
    return "  (line endings differ)";
  }
}
