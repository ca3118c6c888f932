package io.github.ccsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps README examples honest: the code between {@code // README:start} and {@code // README:end}
 * in a compiled example class must appear verbatim (indentation aside) in the README.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  public static void assertInReadme(Path example, Path readme) throws IOException {
    String source = Files.readString(example);
    int start = source.indexOf("// README:start");
    int end = source.indexOf("// README:end");
    assertTrue(start >= 0 && end > start, example + " has no README:start/README:end markers");
    String snippet = dedent(source.substring(source.indexOf('\n', start) + 1, end));
    String text = Files.readString(readme);
    assertTrue(
        text.contains(snippet),
        readme
            + " does not show the example of "
            + example.getFileName()
            + " as it is:\n"
            + snippet);
  }

  private static String dedent(String block) {
    List<String> lines = new ArrayList<>(List.of(block.split("\n", -1)));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
