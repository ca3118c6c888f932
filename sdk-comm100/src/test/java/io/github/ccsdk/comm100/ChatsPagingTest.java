package io.github.ccsdk.comm100;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ccsdk.comm100.model.Chat;
import io.github.ccsdk.comm100.model.ChatCondition;
import io.github.ccsdk.comm100.model.ChatConditionOperate;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.testing.WireServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chats read page by page through the generated SDK, and their deep-object conditions. */
class ChatsPagingTest {
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

  /** A chat id numbered {@code n}. */
  private static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
  }

  /** Page {@code index} of three, two chats each, linking the next page as Comm100 does. */
  private static WireServer.Responder page(int index) {
    String next =
        index < 3
            ? "\"https://domain.comm100.com/api/v3/livechat/chats?pageIndex=" + (index + 1) + "\""
            : "\"\"";
    return json(
        200,
        "{\"totalCount\":6,\"previousPage\":\"\",\"nextPage\":"
            + next
            + ",\"chats\":[{\"id\":\""
            + id(2 * index - 1)
            + "\"},{\"id\":\""
            + id(2 * index)
            + "\"}]}");
  }

  @Test
  void autoPagingOverThreePagesSendsThreeRequestsAndYieldsEveryChatOnce() throws Exception {
    server.close();
    server = WireServer.start(page(1), page(2), page(3), json(500, "{}"));
    comm100 = Comm100Client.builder().baseUrl(server.url()).apiKey("a@b.c", "k").build();

    Page<Chat> first = comm100.chats().listChats(p -> p.pageSize(2).keywords("refund"));
    assertEquals(1, server.requests().size(), "the first page only, until iteration needs more");

    List<UUID> seen = new ArrayList<>();
    for (Chat chat : first.autoPager()) {
      seen.add(chat.id().orElseThrow());
    }

    assertEquals(List.of(id(1), id(2), id(3), id(4), id(5), id(6)), seen);
    List<WireServer.Recorded> requests = server.requests();
    assertEquals(3, requests.size(), "one request per page, none after the last");
    List<String> queries = new ArrayList<>();
    for (WireServer.Recorded request : requests) {
      assertEquals("/api/v3/livechat/chats", request.rawPath());
      queries.add(request.rawQuery());
    }
    assertEquals(
        List.of(
            "pageSize=2&keywords=refund",
            "pageIndex=2&pageSize=2&keywords=refund",
            "pageIndex=3&pageSize=2&keywords=refund"),
        queries,
        "the same filters on every page, the index counting up from the default 1");
    assertEquals(6, first.total());
  }

  @Test
  void conditionsReachTheServerAsIndexedEncodedKeys() {
    server.answer(json(200, "{\"totalCount\":0,\"nextPage\":null,\"chats\":[]}"));

    Page<Chat> none =
        comm100
            .chats()
            .listChats(
                p ->
                    p.conditions(
                        List.of(
                            ChatCondition.builder()
                                .field("email")
                                .operate(ChatConditionOperate.CONTAINS)
                                .value("test")
                                .build(),
                            ChatCondition.builder()
                                .field("name")
                                .operate(ChatConditionOperate.of("startsWith"))
                                .value("Zoë & co=1")
                                .build())));

    assertEquals(List.of(), none.autoPagerStream().toList());
    assertEquals(
        "conditions%5B0%5D%5Bfield%5D=email"
            + "&conditions%5B0%5D%5Boperate%5D=contains"
            + "&conditions%5B0%5D%5Bvalue%5D=test"
            + "&conditions%5B1%5D%5Bfield%5D=name"
            + "&conditions%5B1%5D%5Boperate%5D=startsWith"
            + "&conditions%5B1%5D%5Bvalue%5D=Zo%C3%AB%20%26%20co%3D1",
        server.takeOnly().rawQuery());
  }

  @Test
  void noConditionsSendNoConditionKeys() {
    server.answer(json(200, "{\"totalCount\":0,\"chats\":[]}"));

    comm100.chats().listChats(p -> p.conditions(List.of()).pageIndex(4));

    assertEquals("pageIndex=4", server.takeOnly().rawQuery());
  }
}
