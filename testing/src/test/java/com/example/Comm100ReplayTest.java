package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.Comm100Exception;
import io.github.ccsdk.comm100.model.ChannelAccount;
import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.testing.CcsdkReplay;
import io.github.ccsdk.testing.Vendor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comm100 calls through the kit, v3 and v4, against the packaged recordings. */
@CcsdkReplay(Vendor.COMM100)
class Comm100ReplayTest {
  @Test
  void listsChattingVisitors(Comm100Client comm100) {
    List<Visitor> visitors = comm100.visitors().listChattingVisitors();
    assertEquals(1, visitors.size());
    assertEquals("Changsha", visitors.get(0).city().orElseThrow());
    assertEquals(4, visitors.get(0).visits().orElseThrow());
  }

  @Test
  void listsChannelAccountsOfTheRecordedSite(Comm100Client comm100) {
    List<ChannelAccount> accounts = comm100.channelAccounts().listChannelAccounts();
    assertEquals("gh_be13d263test", accounts.get(0).originalAccountId());
  }

  @Test
  void unrecordedBodyFails(Comm100Client comm100) {
    Comm100Exception e =
        assertThrows(
            Comm100Exception.class,
            () ->
                comm100
                    .customAwayStatuses()
                    .createCustomAwayStatus(CustomAwayStatus.builder().name("Siesta").build()));
    assertEquals(501, e.status());
    assertTrue(e.getMessage().contains("createCustomAwayStatus"), e.getMessage()); // the closest
  }
}
