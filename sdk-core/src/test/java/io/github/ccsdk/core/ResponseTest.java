package io.github.ccsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import feign.RequestLine;
import io.github.ccsdk.core.spi.TestClient;
import io.github.ccsdk.core.testing.WireServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseTest {
  interface Api {
    @RequestLine("POST /api/v3/visitors")
    Response<Visitor> create(Visitor visitor);

    @RequestLine("DELETE /api/v3/visitors/1")
    Response<Void> delete();

    @RequestLine("GET /api/v3/visitors")
    Response<List<Visitor>> list();

    @RequestLine("GET /api/v3/text")
    String text();
  }

  @Test
  void statusHeadersBodyAndRelativeLocation() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.json(
                201,
                "{\"name\":\"Ann\"}",
                "Location",
                "visitors/7",
                "X-Rate-Remaining",
                "9",
                "Set-Cookie",
                "session=abc"))) {
      Response<Visitor> r =
          TestClient.forServer(server).create(Api.class).create(Visitor.builder().build());
      assertEquals(201, r.status());
      assertEquals(Optional.of("Ann"), r.body().name());
      assertEquals(Optional.of("9"), r.header("x-rate-remaining"));
      assertEquals(List.of("9"), r.headers().get("X-RATE-REMAINING"));
      assertEquals(Optional.empty(), r.header("X-Missing"));
      assertEquals(Optional.of(URI.create(server.url() + "/api/v3/visitors/7")), r.location());
      assertFalse(r.toString().contains("abc"), r.toString());
      assertThrows(UnsupportedOperationException.class, () -> r.headers().put("a", List.of()));
    }
  }

  @Test
  void absoluteLocationAndVoidBody() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.respond(204, null, "", "Location", "https://other.example/x"))) {
      Response<Void> r = TestClient.forServer(server).create(Api.class).delete();
      assertEquals(204, r.status());
      assertNull(r.body());
      assertEquals(Optional.of(URI.create("https://other.example/x")), r.location());
    }
  }

  @Test
  void genericBody() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "[{\"name\":\"A\"},{}]"))) {
      Response<List<Visitor>> r = TestClient.forServer(server).create(Api.class).list();
      assertEquals(2, r.body().size());
      assertEquals(Optional.of("A"), r.body().get(0).name());
      assertEquals(Optional.empty(), r.location());
    }
  }

  @Test
  void textBodyIsTheValue() throws Exception {
    try (WireServer server = WireServer.start(WireServer.respond(200, "text/plain", "hello"))) {
      assertEquals("hello", TestClient.forServer(server).create(Api.class).text());
    }
    try (WireServer server = WireServer.start(WireServer.json(200, "\"hello\""))) {
      assertEquals("hello", TestClient.forServer(server).create(Api.class).text());
    }
  }

  @Test
  void ofForStubs() {
    Response<String> r = Response.of(200, Map.of("Location", List.of("/x")), "b");
    assertEquals(Optional.of(URI.create("/x")), r.location());
    assertEquals("b", r.body());
    assertEquals(
        Optional.empty(), Response.of(200, Map.of("Location", List.of(":bad")), 1).location());
    assertThrows(IllegalArgumentException.class, () -> Response.of(42, Map.of(), null));
  }
}
