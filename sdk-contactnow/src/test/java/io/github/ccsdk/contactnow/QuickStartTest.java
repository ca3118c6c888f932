package io.github.ccsdk.contactnow;

import io.github.ccsdk.contactnow.model.ContactRecord;
import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import java.nio.file.Path;
import java.util.List;
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
    Page<OutcomeCode> codes = contactNow.outcomeCodes().list();
    for (OutcomeCode code : codes.items()) {
      System.out.println(code.outcome().orElse("?") + " " + code.description().orElse(""));
    }
    Page<ContactRecord> leads = contactNow.records().list(p -> p.table("Leads").dataset(351));
    System.out.println(leads.total() + " records in dataset 351");
    WriteResult lead =
        contactNow
            .records()
            .create(
                List.of(ContactRecordInput.builder().dataset(351).homePhone("01234567890").build()))
            .requireComplete();
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
