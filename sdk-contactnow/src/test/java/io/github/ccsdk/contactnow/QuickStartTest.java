package io.github.ccsdk.contactnow;

import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.contactnow.model.OutcomeCodeList;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's ContactNow quick start, compiled so that it cannot rot. */
class QuickStartTest {
  static void quickStart(String token) {
    // README:start
    ContactNowClient contactNow =
        ContactNowClient.builder().baseUrl(ContactNowClient.EU).token(() -> token).build();
    OutcomeCodeList codes = contactNow.configuration().readOutcomeCodes(null, null, null);
    if (!codes.success()) {
      throw new IllegalStateException("ContactNow said: " + codes.error().orElse("?"));
    }
    for (OutcomeCode code : codes.list().orElseThrow()) {
      System.out.println(code.outcome().orElse("?") + " " + code.description().orElse(""));
    }
    // README:end
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/contactnow/QuickStartTest.java"),
        Path.of("../README.md"));
  }
}
