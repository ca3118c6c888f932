package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.testing.WireServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbstractClientBuilderTest {
  interface Api {
    @RequestLine("GET /ping")
    void ping();
  }

  @Test
  void insecureHttpIsRejectedForOtherHosts() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new TestClient().baseUrl("http://api.example.com").build());
    assertTrue(e.getMessage().contains("allowInsecureHttp()"), e.getMessage());
    assertTrue(e.getMessage().contains("http://api.example.com"), e.getMessage());
    assertDoesNotThrow(
        () -> new TestClient().baseUrl("http://api.example.com").allowInsecureHttp().build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1",
        "http://127.10.20.30:1",
        "http://[::1]:8080",
        "https://api.example.com",
        "https://api.example.com/base/"
      })
  void acceptedBaseUrls(String url) {
    assertDoesNotThrow(() -> new TestClient().baseUrl(url).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://128.0.0.1",
        "http://localhost.example.com",
        "http://999.0.0.1",
        "http://[::2]",
        "ftp://example.com",
        "/relative",
        "https://user:pw@example.com",
        "https://example.com?token=x",
        "mailto:a@example.com"
      })
  void rejectedBaseUrls(String url) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new TestClient().baseUrl(url).build());
    assertFalse(e.getMessage().contains(":pw@"), e.getMessage());
  }

  @Test
  void trailingSlashIsDropped() {
    ApiFactory f = new TestClient().baseUrl("https://api.example.com/base/").build();
    assertEquals(URI.create("https://api.example.com/base"), f.config().baseUrl());
  }

  @Test
  void requiredSettings() {
    assertThrows(IllegalStateException.class, () -> new TestClient().build());
    assertThrows(IllegalArgumentException.class, () -> new TestClient().baseUrl("http://a b"));

    class NoFactory extends AbstractClientBuilder<NoFactory, ApiFactory> {
      @Override
      protected ApiFactory build() {
        return apiFactory();
      }
    }
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new NoFactory().baseUrl("https://api.example.com").build());
    assertTrue(e.getMessage().contains("exceptionFactory"), e.getMessage());
  }

  @Test
  void timeoutsAndDefaults() {
    ClientConfig c = new TestClient().baseUrl("https://api.example.com").build().config();
    assertEquals(Duration.ofSeconds(10), c.connectTimeout());
    assertEquals(Duration.ofSeconds(60), c.readTimeout());
    assertEquals(RetryPolicy.defaults(), c.retryPolicy());
    assertEquals(LogLevel.NONE, c.logLevel());
    assertThrows(IllegalArgumentException.class, () -> new TestClient().readTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> new TestClient().connectTimeout(Duration.ofNanos(5)));
    assertThrows(IllegalArgumentException.class, () -> new TestClient().userAgent("a\r\nX: y"));
  }

  @Test
  void userAgentIsSent() throws Exception {
    try (WireServer server = WireServer.start(WireServer.respond(204, null, ""))) {
      TestClient.forServer(server).create(Api.class).ping();
      assertEquals("ccsdk-java", server.last().header("User-Agent"));
      TestClient.forServer(server).userAgent("ccsdk-comm100/0.1").create(Api.class).ping();
      assertEquals("ccsdk-comm100/0.1", server.last().header("User-Agent"));
    }
  }

  @Test
  void clientDecoratorsWrapTheClientInOrder() throws Exception {
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (WireServer server = WireServer.start(WireServer.json(200, "{}"))) {
      TestClient builder = TestClient.forServer(server);
      builder.clientDecorator(
          inner ->
              (request, options) -> {
                seen.add("first " + request.httpMethod());
                return inner.execute(request, options);
              });
      builder.clientDecorator(
          inner ->
              (request, options) -> {
                seen.add("second");
                return inner.execute(request, options);
              });
      builder.create(Api.class).ping();
      assertEquals(java.util.List.of("second", "first GET"), seen);
      assertEquals(1, server.requests().size());
    }
  }
}
