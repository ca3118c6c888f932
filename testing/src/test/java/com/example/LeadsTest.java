package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.contactnow.ContactNowException;
import io.github.ccsdk.contactnow.model.ContactRecord;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.testing.CcsdkReplay;
import io.github.ccsdk.testing.Vendor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's unit test of code that reads ContactNow, with the kit: the README's example. */
// README:start
@CcsdkReplay(value = Vendor.CONTACTNOW, hars = "recordings/leads.har")
class LeadsTest {
  /** The code under test: the names of a table's records. */
  static List<String> names(ContactNowClient contactNow, String table) {
    Page<ContactRecord> records = contactNow.records().list(p -> p.table(table));
    return records.items().stream()
        .map(r -> r.firstName().orElse("") + " " + r.lastName().orElse(""))
        .toList();
  }

  @Test
  void readsLeads(ContactNowClient contactNow) { // from recordings/leads.har, a test resource
    assertEquals(List.of("Ada Lovelace", "Alan Turing"), names(contactNow, "Leads"));
  }

  @Test
  void readsOutcomeCodes(ContactNowClient contactNow) { // from the packaged recordings
    Page<OutcomeCode> codes = contactNow.outcomeCodes().list();
    assertEquals(2, codes.total());
    assertEquals("Sales Completed", codes.items().get(0).description().orElseThrow());
  }

  @Test
  void unrecordedRequestFails(ContactNowClient contactNow) {
    ContactNowException.ServerError e =
        assertThrows(ContactNowException.ServerError.class, () -> names(contactNow, "Prospects"));
    assertEquals(501, e.status());
    assertTrue(e.getMessage().contains("table"), e.getMessage()); // what differed
  }
}
// README:end
