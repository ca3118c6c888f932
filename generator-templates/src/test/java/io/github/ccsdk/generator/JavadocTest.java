package io.github.ccsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class JavadocTest {
  /** The comment body as the lines a template prints, without the indentation. */
  private static String lines(String... texts) {
    return Javadoc.of("", texts).replace("\n* ", "\n");
  }

  @Test
  void codeSpansBecomeCodeTags() {
    assertEquals("Send {@code format=json} always.", lines("Send `format=json` always."));
    assertEquals("A {@code {code, message}} body.", lines("A `{code, message}` body."));
    // What would end {@code} early, start a tag or break the comment is escaped in <code>.
    assertEquals("Use <code>}{</code> here.", lines("Use `}{` here."));
    assertEquals("Mail <code>a&#64;b.c</code>.", lines("Mail `a@b.c`."));
    assertEquals("End <code>*&#47;</code>.", lines("End `*/`."));
    assertEquals("Escape <code>&#92;u0041</code>.", lines("Escape `\\u0041`."));
    assertEquals("Tag {@code <b>}.", lines("Tag `<b>`."));
    // A span may cross a line break, and double backticks hold a single one.
    assertEquals("A {@code long span} here.", lines("A `long\nspan` here."));
    assertEquals("Tick {@code a`b}.", lines("Tick ``a`b``."));
  }

  @Test
  void emphasisAndLinks() {
    assertEquals(
        "<strong>API v2 only.</strong> Not <em>always</em>.",
        lines("**API v2 only.** Not *always*."));
    assertEquals(
        "<strong>{@code success: false} means the\ncall failed</strong> (read it).",
        lines("**`success: false` means the\ncall failed** (read it)."));
    assertEquals(
        "See <a href=\"https://semver.org/?a=1&amp;b=2\">SemVer <em>2</em></a>.",
        lines("See [SemVer *2*](https://semver.org/?a=1&b=2)."));
    assertEquals(
        "At <a href=\"https://example.com\">https://example.com</a>.",
        lines("At <https://example.com>."));
    // Not emphasis: a product, snake_case, a wildcard in code.
    assertEquals("5 * 3 and a*b and {@code *_le}", lines("5 * 3 and a*b and `*_le`"));
    assertEquals("a *literal* star", lines("a \\*literal\\* star"));
  }

  @Test
  void paragraphsHeadingsAndLists() {
    String md =
        "First line\ncontinues.\n\n## Errors\n\nQuirks:\n* one `a`\n  still one\n* two\n"
            + "The spec follows.\n\n1. first\n2. second";
    assertEquals(
        String.join(
            "\n",
            "First line",
            "continues.",
            "<p>",
            "<strong>Errors</strong>",
            "<p>",
            "Quirks:",
            "<ul>",
            "<li>one {@code a}",
            "still one</li>",
            "<li>two</li>",
            "</ul>",
            "<p>",
            "The spec follows.",
            "<ol>",
            "<li>first</li>",
            "<li>second</li>",
            "</ol>"),
        lines(md));
  }

  @Test
  void tablesHaveHeaderAndCaption() {
    String md =
        "Codes:\n\n| code | message |\n|---|---|\n| 5509 | Too `many` polls [SP-PM1] |\n"
            + "| 5 | a \\| b |\n\nAfter.";
    assertEquals(
        String.join(
            "\n",
            "Codes:",
            "<table class=\"striped\">",
            "<caption>code, message</caption>",
            "<thead>",
            "<tr><th scope=\"col\">code</th><th scope=\"col\">message</th></tr>",
            "</thead>",
            "<tbody>",
            "<tr><td>5509</td><td>Too {@code many} polls</td></tr>",
            "<tr><td>5</td><td>a | b</td></tr>",
            "</tbody>",
            "</table>",
            "<p>",
            "After."),
        lines(md));
  }

  @Test
  void sourceTagsAreLeftOut() {
    assertEquals("Returns the visitors.", lines("Returns the visitors [SEED-C2][C100-JZ-LC3]."));
    assertEquals(
        "The body is an array.",
        lines("The body is an array [8x8-REPO api-wrappers.php `dxi`, `post_request`]."));
    assertEquals(
        "Rows.", lines("Rows [8x8-REPO ECNOW.md,\nReportingExamples.js][8x8-REPO@d71cb01]."));
    assertEquals("Sent.\nNext line.", lines("Sent\n[3P mycrm DiallerRestClientImpl].\nNext line."));
    assertEquals("Known (see docs).", lines("Known (see docs [SP-WIKI3x][3P-...])."));
    // A tag that starts a paragraph takes the space after it, not the paragraph break.
    assertEquals("One.\n<p>\nTwo.", lines("One.\n\n[SEED-8] Two."));
  }

  @Test
  void notSourceTags() {
    assertEquals("an array {@code []} or [null]", lines("an array `[]` or [null]"));
    assertEquals("{@code Record id [N] does not exist.}", lines("`Record id [N] does not exist.`"));
    assertEquals("digits [0-9], items [N], [x]", lines("digits [0-9], items [N], [x]"));
    assertEquals(
        "a <a href=\"https://example.com\">SEED-C2</a> link",
        lines("a [SEED-C2](https://example.com) link"));
  }

  @Test
  void plainTextIsEscapedForCommentsAndHtml() {
    assertEquals(
        "&lt;result&gt; &amp; *&#47; &#64;param &#92;u0041", lines("<result> & */ @param \\u0041"));
    String comment = lines("`a */ b`", "**x */ y**", "| a |\n|---|\n| `@b` */ |");
    assertFalse(comment.contains("*/"), comment);
    assertFalse(comment.contains("\\u"), comment);
  }

  @Test
  void severalTextsAreParagraphs() {
    assertEquals(
        "Read records\n<p>\nReads [them].", lines("Read records", null, " ", "Reads [them]."));
    assertEquals("", lines("[SEED-C0]"));
  }
}
