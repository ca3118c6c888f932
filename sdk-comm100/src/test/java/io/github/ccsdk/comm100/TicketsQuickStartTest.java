package io.github.ccsdk.comm100;

import io.github.ccsdk.comm100.model.Ticket;
import io.github.ccsdk.comm100.model.TicketCreateRequest;
import io.github.ccsdk.comm100.model.TicketFirstMessage;
import io.github.ccsdk.comm100.model.TicketMessageRequest;
import io.github.ccsdk.comm100.model.TicketMessageType;
import io.github.ccsdk.comm100.model.TicketPriority;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Comm100 tickets example, compiled so that it cannot rot. */
class TicketsQuickStartTest {
  static void tickets() {
    // README:start
    Comm100Client comm100 =
        Comm100Client.builder()
            .platform(11) // api11.comm100.io, a v4 (dash11) platform
            .apiKey("agent@example.com", System.getenv("COMM100_API_KEY"))
            .siteId(10000) // v4 calls with an API key name the site
            .build();
    Ticket ticket =
        comm100
            .tickets()
            .createTicket(
                TicketCreateRequest.builder()
                    .subject("Order 5531 has not arrived")
                    .priority(TicketPriority.HIGH)
                    .message(TicketFirstMessage.builder().body("It is a week late.").build())
                    .build());
    comm100
        .ticketMessages()
        .createTicketMessage(
            TicketMessageRequest.builder()
                .ticketId(ticket.id())
                .type(TicketMessageType.TEXT)
                .body("Called the courier.")
                .isInternal(true) // a note for agents, not sent to the customer
                .build());
    Page<Ticket> latest = comm100.tickets().listTickets(p -> p.pageSize(50));
    latest.items().forEach(t -> System.out.println(t.id() + " " + t.subject().orElse("")));
    // README:end
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/comm100/TicketsQuickStartTest.java"),
        Path.of("../README.md"));
  }
}
