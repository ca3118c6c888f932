package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.HttpVersion;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Transport;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The transport of a builder that names none: {@code java.net.http} where the platform has it,
 * {@code HttpURLConnection} where it has not (Android), told apart by what each can send to a real
 * loopback server: {@code HttpURLConnection} refuses PATCH before anything is sent.
 */
class DefaultTransportTest {
  interface Api {
    @RequestLine("GET /visitors")
    List<Visitor> list();

    @RequestLine("PATCH /visitors/1")
    Visitor patch(Visitor visitor);
  }

  private static final Visitor ANN = Visitor.builder().name("Ann").build();

  @Test
  void theCheckFindsJavaNetHttpOnThisJdkAndMissesAbsentClasses() {
    assertTrue(Transports.JAVA_NET_HTTP);
    assertTrue(Transports.available("java.net.http.HttpClient"));
    assertFalse(Transports.available("java.net.http.NoSuchClient"));
    assertEquals(Transport.JAVA_NET_HTTP, Transports.defaultTransport(true));
    assertEquals(Transport.URL_CONNECTION, Transports.defaultTransport(false));
  }

  @Test
  void withJavaNetHttpTheDefaultSendsPatch() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "{\"name\":\"Bo\"}"))) {
      Api api = TestClient.forServer(server).javaNetHttp(true).create(Api.class);
      assertEquals(Optional.of("Bo"), api.patch(ANN).name());
      assertEquals("PATCH", server.takeOnly().method());
    }
  }

  @Test
  void withoutJavaNetHttpTheDefaultIsHttpUrlConnection() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
      Api api =
          TestClient.forServer(server)
              .javaNetHttp(false)
              .retryPolicy(RetryPolicy.none())
              .create(Api.class);
      assertEquals(List.of(), api.list());
      assertEquals("GET", server.takeOnly().method());
      ApiException e = assertThrows(ApiException.class, () -> api.patch(ANN));
      assertEquals(ApiException.Kind.IO, e.kind());
      assertTrue(String.valueOf(e.getCause()).contains("PATCH"), "cause: " + e.getCause());
      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void withoutJavaNetHttpOptionsThatNeedItFailAtBuild() {
    IllegalStateException explicit =
        assertThrows(
            IllegalStateException.class,
            () ->
                new TestClient()
                    .baseUrl("http://127.0.0.1:9")
                    .javaNetHttp(false)
                    .transport(Transport.JAVA_NET_HTTP)
                    .build());
    assertTrue(explicit.getMessage().contains("URL_CONNECTION"), explicit.getMessage());
    IllegalStateException http2 =
        assertThrows(
            IllegalStateException.class,
            () ->
                new TestClient()
                    .baseUrl("http://127.0.0.1:9")
                    .javaNetHttp(false)
                    .httpVersion(HttpVersion.HTTP_2)
                    .build());
    assertTrue(http2.getMessage().contains("httpVersion"), http2.getMessage());
    new TestClient().baseUrl("http://127.0.0.1:9").javaNetHttp(false).build();
  }
}
