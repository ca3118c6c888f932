package io.github.ccsdk.contactnow;

import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's ContactNow quick start, compiled so that it cannot rot. */
class QuickStartTest {
  static void quickStart() {
    // README:start
    ContactNowClient contactNow =
        ContactNowClient.builder()
            .baseUrl(ContactNowClient.EU)
            .credentials("api-user", System.getenv("CONTACTNOW_API_PASSWORD"))
            .build();
    ReadResult<OutcomeCode> codes =
        ReadResult.of(
            contactNow.configuration().readOutcomeCodes(null, null, null), OutcomeCode.class);
    for (OutcomeCode code : codes.list()) {
      System.out.println(code.outcome().orElse("?") + " " + code.description().orElse(""));
    }
    WriteResult lead =
        contactNow.createRecord(
            ContactRecordInput.builder().dataset(351).homePhone("01234567890").build());
    System.out.println("record " + lead.key().orElseThrow() + ": " + lead.info().orElse(""));
    // README:end
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/contactnow/QuickStartTest.java"),
        Path.of("../README.md"));
  }
}
