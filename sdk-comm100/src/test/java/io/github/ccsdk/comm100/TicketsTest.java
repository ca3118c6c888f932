package io.github.ccsdk.comm100;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.comm100.model.Ticket;
import io.github.ccsdk.comm100.model.TicketMergeRequest;
import io.github.ccsdk.comm100.model.TicketMessageRequest;
import io.github.ccsdk.comm100.model.TicketMessageType;
import io.github.ccsdk.comm100.model.TicketPriority;
import io.github.ccsdk.comm100.model.TicketStatus;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.testing.WireServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** v4 tickets over the wire: integer ids, open statuses, the page envelope and notes. */
class TicketsTest {
  private WireServer server;
  private Comm100Client comm100;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start();
    comm100 = Comm100Client.builder().baseUrl(server.url()).apiKey("a@b.c", "k").build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aStatusOrPriorityComm100AddsLaterIsKept() throws Exception {
    String body = "{\"id\":7,\"status\":\"archived\",\"priority\":\"critical\"}";
    server.answer(json(200, body));

    Ticket ticket = comm100.tickets().getTicket(7L);

    assertEquals("/v4/ticketing/tickets/7", server.takeOnly().rawPath());
    TicketStatus status = ticket.status().orElseThrow();
    assertEquals("archived", status.value());
    assertFalse(status.isKnown());
    assertEquals("critical", ticket.priority().orElseThrow().value());
    assertEquals(Json.mapper().readTree(body), Json.mapper().valueToTree(ticket));
  }

  @Test
  void aKnownStatusIsTheConstant() {
    server.answer(json(200, "{\"id\":7,\"status\":\"onHold\",\"priority\":\"urgent\"}"));

    Ticket ticket = comm100.tickets().getTicket(7L);

    assertSame(TicketStatus.ON_HOLD, ticket.status().orElseThrow());
    assertSame(TicketPriority.URGENT, ticket.priority().orElseThrow());
  }

  @Test
  void listSendsPagingAndSortAndReadsTheEnvelope() {
    server.answer(
        json(
            200,
            "{\"tickets\":[{\"id\":3},{\"id\":4}],\"total\":5,\"previousPage\":\"p1\","
                + "\"nextPage\":null}"));

    Page<Ticket> page =
        comm100
            .tickets()
            .listTickets(p -> p.pageIndex(2).pageSize(2).sortBy("priority").sortOrder("ascending"));

    WireServer.Recorded sent = server.takeOnly();
    assertEquals("/v4/ticketing/tickets", sent.rawPath());
    assertEquals(
        List.of("pageIndex=2", "pageSize=2", "sortBy=priority", "sortOrder=ascending"),
        List.of(sent.rawQuery().split("&")).stream().sorted().toList());
    assertEquals(List.of(3L, 4L), page.items().stream().map(Ticket::id).toList());
    assertEquals(5, page.total());
    // nextPage is null: this is the last page, so the auto-pager sends no further request.
    assertEquals(List.of(3L, 4L), page.autoPagerStream().map(Ticket::id).toList());
    assertEquals(0, server.requests().size());
  }

  @Test
  void aNoteIsAMessageWithItsTicketIdInTheBody() throws Exception {
    server.answer(
        json(201, "{\"id\":\"3c9a1e7d-2b4f-4d6a-8e0c-9f1b2a3c4d5e\",\"isInternal\":true}"));

    comm100
        .ticketMessages()
        .createTicketMessage(
            TicketMessageRequest.builder()
                .ticketId(1024L)
                .type(TicketMessageType.TEXT)
                .body("Called the courier.")
                .isInternal(true)
                .build());

    WireServer.Recorded sent = server.takeOnly();
    assertEquals("POST", sent.method());
    assertEquals("/v4/ticketing/messages", sent.rawPath());
    JsonNode body = Json.mapper().readTree(sent.bodyText());
    assertEquals(1024L, body.get("ticketId").asLong());
    assertEquals("text", body.get("type").asText());
    assertTrue(body.get("isInternal").asBoolean());
  }

  @Test
  void mergePostsTheSourceToTheTargetsColonPath() throws Exception {
    server.answer(json(200, "{\"id\":1024}"));

    Ticket target =
        comm100.tickets().mergeTicket(1024L, TicketMergeRequest.builder().sourceId(1025L).build());

    WireServer.Recorded sent = server.takeOnly();
    assertEquals("POST", sent.method());
    assertEquals("/v4/ticketing/tickets/1024:merge", sent.rawPath());
    assertEquals(1025L, Json.mapper().readTree(sent.bodyText()).get("sourceId").asLong());
    assertEquals(1024L, target.id());
  }
}
