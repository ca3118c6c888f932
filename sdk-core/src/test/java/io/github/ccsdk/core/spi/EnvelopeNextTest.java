package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.testing.WireServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An envelope's next-page link decides whether the auto-pager asks for another page. */
class EnvelopeNextTest {
  interface Api {
    @Envelope(items = "chats", total = "totalCount", next = "nextPage")
    @RequestLine("GET /chats?pageIndex={index}")
    Page<Integer> list(@Param("index") Integer index);
  }

  @Test
  void pagesAreReadUntilTheNextLinkIsBlankOrMissing() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.json(
                200, "{\"totalCount\":5,\"nextPage\":\"https://x/?pageIndex=2\",\"chats\":[1,2]}"),
            WireServer.json(
                200, "{\"totalCount\":5,\"nextPage\":\"/?pageIndex=3\",\"chats\":[3,4]}"),
            WireServer.json(200, "{\"totalCount\":5,\"nextPage\":\"  \",\"chats\":[5]}"),
            WireServer.json(200, "{\"totalCount\":5,\"chats\":[6]}"))) {
      Api api = TestClient.forServer(server).create(Api.class);
      Page<Integer> first = api.list(1);
      first = first.pagedByIndex(1, 0, api::list);

      assertEquals(List.of(1, 2, 3, 4, 5), first.autoPagerStream().toList());
      assertEquals(3, server.requests().size(), "a blank link ends the list");
      assertEquals("pageIndex=3", server.last().rawQuery());
      assertEquals(5, first.total());
    }
  }

  @Test
  void missingNullAndFalseLinksMeanTheLastPage() {
    assertEquals(false, CoreDecoder.linked(null));
    assertEquals(false, CoreDecoder.linked(Json.mapper().nullNode()));
    assertEquals(false, CoreDecoder.linked(Json.mapper().getNodeFactory().textNode("")));
    assertEquals(false, CoreDecoder.linked(Json.mapper().getNodeFactory().booleanNode(false)));
    assertEquals(true, CoreDecoder.linked(Json.mapper().getNodeFactory().textNode("/next")));
  }
}
