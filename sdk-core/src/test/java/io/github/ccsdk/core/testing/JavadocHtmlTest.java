package io.github.ccsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavadocHtmlTest {
  /** A member description as the generator wrote it before Markdown was converted. */
  private static final String OLD =
      "<div class=\"block\">Returns the visitors currently on the site [SEED-C2].\n"
          + "<p>\nSend `format=json` [8x8-REPO api-wrappers.php `dxi`, `post_request`]\n"
          + "[8x8-REPO@f94c0dd\napi-wrappers.php].</div>";

  /** The same description as the generator writes it now. */
  private static final String NEW =
      "<div class=\"block\">Returns the visitors currently on the site.\n"
          + "<p>Send <code>format=json</code>.</div>";

  @Test
  void findsBackticksAndSourceTagsInOldOutput() {
    List<String> problems = JavadocHtml.problemsIn("Api.html", OLD);
    assertEquals(9, problems.size(), String.join("\n", problems));
    assertTrue(
        problems.get(0).startsWith("Api.html: raw Markdown (a backtick) in \""), problems.get(0));
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("source tag [SEED-C2]")), problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.contains("source tag [8x8-REPO@f94c0dd\napi-wrappers.php]")),
        problems.toString());
  }

  @Test
  void acceptsConvertedOutput() {
    assertEquals(List.of(), JavadocHtml.problemsIn("Api.html", NEW));
  }

  @Test
  void readsTextOnly() {
    String html =
        "<script>var s = `template`;</script><a title=\"[SEED-C2] `x`\" href=\"#\">link</a>"
            + "<!-- [SP-PM1] --><style>p::after { content: '`' }</style>"
            + "<code>String[]</code> [null] [N] [0-9] [4,5]";
    assertEquals(List.of(), JavadocHtml.problemsIn("A.html", html));
    // An entity is what the reader sees.
    assertEquals(2, JavadocHtml.problemsIn("A.html", "a &#96;b&#96; c").size());
    assertEquals(1, JavadocHtml.problemsIn("A.html", "x &#91;SP-AND&#93; y").size());
  }

  @Test
  void checksEveryPageOfAJar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("sdk-javadoc.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String[] page :
          List.of(
              new String[] {"io/x/model/A.html", OLD},
              new String[] {"io/x/model/B.html", NEW},
              new String[] {"script.js", "`not a page`"})) {
        zip.putNextEntry(new ZipEntry(page[0]));
        zip.write(page[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    List<String> problems = JavadocHtml.problems(jar);
    assertEquals(9, problems.size(), String.join("\n", problems));
    assertTrue(
        problems.stream().allMatch(p -> p.startsWith("io/x/model/A.html: ")), problems.toString());
  }
}
