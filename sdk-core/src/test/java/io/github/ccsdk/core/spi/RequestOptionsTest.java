package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.RequestOptions;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Options for one service view's calls: read timeout, headers, retry policy. */
class RequestOptionsTest {
  interface Api {
    @RequestLine("GET /visitors")
    List<Visitor> list();
  }

  @Test
  void headersOfTheCallReplaceTheClientDefaultsOnlyInThatView() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
      Api api =
          TestClient.forServer(server)
              .defaultHeader("X-Tenant", "default")
              .defaultHeader("X-App", "crm")
              .create(Api.class);
      Api tagged =
          Call.withOptions(
              api,
              Api.class,
              RequestOptions.builder().header("X-Tenant", "t-7").header("X-Trace", "1").build());

      tagged.list();
      WireServer.Recorded first = server.last();
      assertEquals("t-7", first.header("X-Tenant"), "the call's header wins");
      assertEquals("crm", first.header("X-App"), "the other defaults stay");
      assertEquals("1", first.header("X-Trace"));

      api.list();
      WireServer.Recorded second = server.last();
      assertEquals("default", second.header("X-Tenant"), "the plain service is unchanged");
      assertNull(second.header("X-Trace"));
    }
  }

  @Test
  void theCallsRetryPolicyReplacesTheClients() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(503, "{}"))) {
      TestClient client = TestClient.forServer(server).retryPolicy(RetryPolicy.defaults());
      Api api = client.create(Api.class);
      Api once =
          Call.withOptions(
              api, Api.class, RequestOptions.builder().retryPolicy(RetryPolicy.none()).build());

      assertEquals(503, assertThrows(ApiException.class, once::list).details().status());
      assertEquals(1, server.requests().size(), "one attempt with RetryPolicy.none()");

      assertThrows(ApiException.class, api::list);
      assertEquals(1 + 3, server.requests().size(), "the client's 3 attempts otherwise");
    }
  }

  @Test
  void theCallsReadTimeoutCutsOffASlowAnswer() throws Exception {
    try (WireServer server =
        WireServer.start(
            exchange -> {
              try {
                Thread.sleep(3_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              WireServer.send(exchange, 200, "[]".getBytes());
            })) {
      Api api =
          TestClient.forServer(server)
              .readTimeout(Duration.ofSeconds(30))
              .retryPolicy(RetryPolicy.none())
              .create(Api.class);
      Api quick =
          Call.withOptions(
              api, Api.class, RequestOptions.builder().readTimeout(Duration.ofMillis(200)).build());
      ApiException e = assertThrows(ApiException.class, quick::list);
      assertEquals(ApiException.Kind.IO, e.kind());
      boolean timedOut = false;
      for (Throwable t = e; t != null; t = t.getCause()) {
        timedOut |= t instanceof SocketTimeoutException;
      }
      assertTrue(timedOut, "cause: " + e.getCause());
    }
  }

  @Test
  void badHeadersAreRefusedWithoutShowingTheValue() {
    IllegalArgumentException lines =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().header("X-Key", "secret\r\nInjected: 1"));
    assertTrue(lines.getMessage().contains("X-Key"), lines.getMessage());
    assertTrue(!lines.getMessage().contains("secret"), lines.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header("X Y", "1"));
    assertThrows(
        IllegalArgumentException.class, () -> RequestOptions.builder().readTimeout(Duration.ZERO));
    assertTrue(
        RequestOptions.builder().header("X-Key", "s3cret").build().toString().contains("X-Key"));
    assertTrue(
        !RequestOptions.builder().header("X-Key", "s3cret").build().toString().contains("s3cret"));
  }
}
