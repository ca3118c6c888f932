package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.testing.JavadocHtml;
import org.junit.jupiter.api.Test;

/** The javadoc jar built by {@code package}: spec Markdown converted, source tags left out. */
class JavadocHtmlIT {
  @Test
  void javadocHasNoRawMarkdownAndNoSourceTags() {
    JavadocHtml.assertClean();
  }
}
