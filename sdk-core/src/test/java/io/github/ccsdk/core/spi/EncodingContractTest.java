package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.VisitorStatus;
import io.github.ccsdk.core.testing.WireServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the server receives for path and query values: each encoded exactly once. */
class EncodingContractTest {
  interface Api {
    @RequestLine("GET /items/{id}?q={q}")
    void get(@Param("id") String id, @Param("q") String q);

    @RequestLine("POST /v4/ticketing/channelAccounts/{id}:enableBot")
    void enableBot(@Param("id") UUID id);

    @RequestLine("GET /ecnow.php?method=ecnow_records&action=read&table={table}&page={page}")
    void read(@Param("table") String table, @Param("page") Integer page);

    @RequestLine("GET /lamps?color={color}")
    void lamps(@Param("color") VisitorStatus color);

    @RequestLine("GET /multi?tag={tags}")
    void multi(@Param("tags") List<String> tags);

    @RequestLine("GET /h/{id}")
    @Headers("X-Id: {id}")
    void headerToo(@Param("id") String id);

    @ClientParameters(
        query = {"format"},
        header = {"X-Site"})
    @RequestLine("GET /client?x={x}")
    void clientParameters(@Param("x") String x);
  }

  private WireServer server;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start(WireServer.respond(204, null, ""));
    api =
        TestClient.forServer(server)
            .clientParameter("format", "json")
            .clientParameter("X-Site", "s 1")
            .create(Api.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void spaceIsPercent20AndPlusIsData() {
    api.get("a b+c", "a b+c");
    assertEquals("/items/a%20b%2Bc", server.last().rawPath());
    assertEquals("q=a%20b%2Bc", server.last().rawQuery());
    // Decoded the way form-style servers decode a query, '+' still comes out as '+'.
    assertEquals("a b+c", URLDecoder.decode("a%20b%2Bc", StandardCharsets.UTF_8));
  }

  @Test
  void slashInAPathValueStaysInTheSegment() {
    api.get("a/b", "c/d");
    assertEquals("/items/a%2Fb", server.last().rawPath());
    assertEquals("q=c%2Fd", server.last().rawQuery());
  }

  @Test
  void alreadyEncodedLookingValuesAreEncodedAgain() {
    // Feign alone would send these as they are, and the server would read "100%" and "A".
    api.get("100%25", "%41");
    assertEquals("/items/100%2525", server.last().rawPath());
    assertEquals("q=%2541", server.last().rawQuery());
  }

  @Test
  void reservedAndUnicodeCharacters() {
    api.get("?#&=é", "x&y=z;é");
    assertEquals("/items/%3F%23%26%3D%C3%A9", server.last().rawPath());
    assertEquals("q=x%26y%3Dz%3B%C3%A9", server.last().rawQuery());
  }

  @Test
  void colonCustomMethodKeepsItsColon() {
    UUID id = UUID.fromString("6c1b1c38-6f5e-4a3e-9d2b-0b6f3f1d2a11");
    api.enableBot(id);
    assertEquals("POST", server.last().method());
    assertEquals("/v4/ticketing/channelAccounts/" + id + ":enableBot", server.last().rawPath());
  }

  @Test
  void fixedQueryGetsFurtherParametersAppended() {
    api.read("leads 2024", 3);
    assertEquals("/ecnow.php", server.last().rawPath());
    assertEquals(
        "method=ecnow_records&action=read&table=leads%202024&page=3", server.last().rawQuery());
  }

  @Test
  void nullQueryParameterIsLeftOut() {
    api.read("t", null);
    assertEquals("method=ecnow_records&action=read&table=t", server.last().rawQuery());
  }

  @Test
  void openEnumSendsItsWireValue() {
    api.lamps(VisitorStatus.of("dark green+"));
    assertEquals("color=dark%20green%2B", server.last().rawQuery());
  }

  @Test
  void listIsExplodedWithEachElementEncoded() {
    api.multi(List.of("a,b", "c d"));
    assertEquals("tag=a%2Cb&tag=c%20d", server.last().rawQuery());
  }

  @Test
  void headerValuesAreNotPercentEncoded() {
    api.headerToo("a b");
    assertEquals("a b", server.last().header("X-Id"));
  }

  @Test
  void clientParametersAreFilledIn() {
    api.clientParameters("1");
    assertEquals("x=1&format=json", server.last().rawQuery());
    assertEquals("s 1", server.last().header("X-Site"));
  }
}
