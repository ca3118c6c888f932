package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.HttpVersion;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Transport;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The default transport ({@link JavaHttpTransport}) and its builder options, on real sockets. */
@Timeout(60)
class JavaHttpTransportTest {
  /** Generous: an aborted exchange ends in milliseconds; this only proves it ends at all. */
  private static final Duration BOUND = Duration.ofSeconds(2);

  interface Api {
    @RequestLine("GET /visitors")
    List<Visitor> list();

    @RequestLine("PATCH /visitors/1")
    Visitor patch(Visitor visitor);

    @RequestLine("POST /visitors")
    Visitor create(Visitor visitor);
  }

  private static final Visitor ANN = Visitor.builder().name("Ann").build();

  @Test
  void patchIsSentWithItsBody() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "{\"name\":\"Bo\"}"))) {
      Visitor patched = TestClient.forServer(server).create(Api.class).patch(ANN);
      assertEquals(Optional.of("Bo"), patched.name());
      WireServer.Recorded sent = server.takeOnly();
      assertEquals("PATCH", sent.method());
      assertTrue(sent.bodyText().contains("\"Ann\""), sent.bodyText());
    }
  }

  @Test
  void theBodyOfA401ToAPostIsKept() throws Exception {
    try (WireServer server =
        WireServer.start(WireServer.json(401, "{\"code\":\"AUTH\",\"message\":\"bad key\"}"))) {
      Api api = TestClient.forServer(server).create(Api.class);
      ApiException e = assertThrows(ApiException.class, () -> api.create(ANN));
      assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
      assertEquals(Optional.of("AUTH"), e.details().vendorCode());
      assertEquals(Optional.of("bad key"), e.details().vendorMessage());
    }
  }

  @Test
  void concurrentCallsReuseTheirConnections() throws Exception {
    int callers = 64;
    try (RawHttpServer server = new RawHttpServer(RawHttpServer.Action.ANSWER, "[]", 0)) {
      Api api = new TestClient().baseUrl(server.url()).create(Api.class);
      server.holdUntil(callers); // all 64 in flight at once: each needs a connection of its own
      round(api, callers);
      int first = server.accepted.get();
      assertTrue(first >= 1 && first <= callers, "first round opened " + first);
      server.holdUntil(callers);
      round(api, callers);
      assertEquals(first, server.accepted.get(), "the second round opened new connections");
      assertEquals(2 * callers, server.requests.size());
    }
  }

  /** {@code callers} threads each make one call, all at once; returns when all are done. */
  private static void round(Api api, int callers) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<List<Visitor>>> calls = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      CompletableFuture<List<Visitor>> call = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  call.complete(api.list());
                } catch (Throwable e) {
                  call.completeExceptionally(e);
                }
              });
      t.setDaemon(true);
      t.start();
      calls.add(call);
    }
    start.countDown();
    for (CompletableFuture<List<Visitor>> call : calls) {
      assertEquals(List.of(), call.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void anInterruptCutsOffAStalledHead() throws Exception {
    cutOffByInterrupt(RawHttpServer.Action.STALL_HEAD);
  }

  @Test
  void anInterruptCutsOffAStalledBody() throws Exception {
    cutOffByInterrupt(RawHttpServer.Action.STALL_BODY);
  }

  private void cutOffByInterrupt(RawHttpServer.Action stall) throws Exception {
    try (RawHttpServer server = new RawHttpServer(stall, "", 0)) {
      TestClient builder =
          new TestClient().baseUrl(server.url()).retryPolicy(RetryPolicy.defaults());
      Api api = builder.create(Api.class);
      CompletableFuture<ApiException> failure = new CompletableFuture<>();
      CompletableFuture<Boolean> flagAfter = new CompletableFuture<>();
      CompletableFuture<Long> returnedAt = new CompletableFuture<>();
      Thread caller =
          new Thread(
              () -> {
                try {
                  api.list();
                  failure.completeExceptionally(new AssertionError("the call succeeded"));
                } catch (ApiException e) {
                  returnedAt.complete(System.nanoTime());
                  flagAfter.complete(Thread.currentThread().isInterrupted());
                  failure.complete(e);
                } catch (Throwable e) {
                  failure.completeExceptionally(e);
                }
              });
      caller.setDaemon(true);
      caller.start();
      assertNotNull(server.arrived.poll(10, TimeUnit.SECONDS), "the request never arrived");
      long interruptedAt = System.nanoTime();
      caller.interrupt();

      ApiException e = failure.get(10, TimeUnit.SECONDS);
      assertEquals(ApiException.Kind.IO, e.kind());
      assertTrue(hasCause(e, InterruptedIOException.class), "cause: " + e.getCause());
      assertTrue(flagAfter.get(), "the interrupt flag is set again");
      Duration returned = Duration.ofNanos(returnedAt.get() - interruptedAt);
      assertTrue(returned.compareTo(BOUND) < 0, "the call returned after " + returned);
      // The JDK client closes a cancelled exchange's connection on its own selector thread: on
      // loopback within milliseconds, but on a loaded machine the thread may wait its turn.
      // What must not happen is that the connection stays open until the server gives up.
      Long closedAt = server.clientClosed.poll(10, TimeUnit.SECONDS);
      assertNotNull(closedAt, "the server still holds the connection");
      caller.join(10_000);
      assertEquals(1, server.requests.size(), "an interrupted call is not tried again");
      assertEquals(List.of(), builder.sleeps, "and not waited for");
    }
  }

  @Test
  void aStalledBodyTimesOut() throws Exception {
    try (RawHttpServer server = new RawHttpServer(RawHttpServer.Action.STALL_BODY, "", 0)) {
      Api api =
          new TestClient()
              .baseUrl(server.url())
              .readTimeout(Duration.ofMillis(300))
              .retryPolicy(RetryPolicy.none())
              .create(Api.class);
      ApiException e = assertThrows(ApiException.class, api::list);
      assertEquals(ApiException.Kind.IO, e.kind());
      assertTrue(hasCause(e, SocketTimeoutException.class), "cause: " + e.getCause());
      assertTrue(e.getMessage().contains("reading the response body failed"), e.getMessage());
      assertNotNull(
          server.clientClosed.poll(10, TimeUnit.SECONDS), "the timed-out connection stays open");
    }
  }

  @Test
  void aStalledHeadTimesOutAsBefore() throws Exception {
    try (RawHttpServer server = new RawHttpServer(RawHttpServer.Action.STALL_HEAD, "", 0)) {
      Api api =
          new TestClient()
              .baseUrl(server.url())
              .readTimeout(Duration.ofMillis(300))
              .retryPolicy(RetryPolicy.none())
              .create(Api.class);
      ApiException e = assertThrows(ApiException.class, api::list);
      assertEquals(ApiException.Kind.IO, e.kind());
      assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }
  }

  @Test
  void maxConnectionsBoundsTheRequestsInFlight() throws Exception {
    try (RawHttpServer server = new RawHttpServer(RawHttpServer.Action.ANSWER, "[]", 50)) {
      Api api = new TestClient().baseUrl(server.url()).maxConnections(2).create(Api.class);
      round(api, 12);
      assertEquals(12, server.requests.size());
      assertTrue(server.maxInFlight.get() <= 2, "in flight at once: " + server.maxInFlight);
      assertTrue(server.accepted.get() <= 2, "connections: " + server.accepted);
    }
  }

  @Test
  void http2FallsBackToHttp11OnAPlainServer() throws Exception {
    try (WireServer server =
        WireServer.start(WireServer.json(200, "[]"), WireServer.json(201, "{\"name\":\"Ann\"}"))) {
      Api api = TestClient.forServer(server).httpVersion(HttpVersion.HTTP_2).create(Api.class);
      assertEquals(List.of(), api.list());
      assertEquals(Optional.of("Ann"), api.create(ANN).name());
      assertEquals("POST", server.last().method());
    }
  }

  @Test
  void theOldClientIsStillSelectable() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
      Api api = TestClient.forServer(server).transport(Transport.URL_CONNECTION).create(Api.class);
      assertEquals(List.of(), api.list());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void bothTransportsAskTheProxySelector() throws Exception {
    for (Transport transport : Transport.values()) {
      try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
        AtomicInteger asked = new AtomicInteger();
        ProxySelector direct =
            new ProxySelector() {
              @Override
              public List<Proxy> select(URI uri) {
                asked.incrementAndGet();
                return List.of(Proxy.NO_PROXY);
              }

              @Override
              public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
            };
        Api api =
            TestClient.forServer(server)
                .transport(transport)
                .proxy(direct)
                .sslContext(SSLContext.getDefault())
                .create(Api.class);
        assertEquals(List.of(), api.list());
        assertTrue(asked.get() > 0, transport + " did not ask the selector");
      }
    }
  }

  @Test
  void optionsTheOldClientCannotHonourFailAtBuild() {
    IllegalStateException http2 =
        assertThrows(
            IllegalStateException.class,
            () ->
                new TestClient()
                    .baseUrl("http://127.0.0.1:9")
                    .transport(Transport.URL_CONNECTION)
                    .httpVersion(HttpVersion.HTTP_2)
                    .build());
    assertTrue(http2.getMessage().contains("httpVersion"), http2.getMessage());
    IllegalStateException max =
        assertThrows(
            IllegalStateException.class,
            () ->
                new TestClient()
                    .baseUrl("http://127.0.0.1:9")
                    .transport(Transport.URL_CONNECTION)
                    .maxConnections(4)
                    .build());
    assertTrue(max.getMessage().contains("maxConnections"), max.getMessage());
    new TestClient()
        .baseUrl("http://127.0.0.1:9")
        .transport(Transport.URL_CONNECTION)
        .httpVersion(HttpVersion.HTTP_1_1)
        .build();
  }

  @Test
  void invalidArgumentsAreRefusedAtOnce() {
    TestClient b = new TestClient();
    assertEquals(
        "transport == null",
        assertThrows(NullPointerException.class, () -> b.transport(null)).getMessage());
    assertEquals(
        "httpVersion == null",
        assertThrows(NullPointerException.class, () -> b.httpVersion(null)).getMessage());
    assertEquals(
        "sslContext == null",
        assertThrows(NullPointerException.class, () -> b.sslContext(null)).getMessage());
    assertEquals(
        "proxy == null",
        assertThrows(NullPointerException.class, () -> b.proxy(null)).getMessage());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> b.maxConnections(0));
    assertTrue(zero.getMessage().contains("maxConnections"), zero.getMessage());
  }

  @Test
  void transportsPlugsInAnyFeignClient() {
    AtomicInteger calls = new AtomicInteger();
    TestClient builder = new TestClient().baseUrl("http://127.0.0.1:9");
    TestClient returned =
        Transports.feign(
            builder,
            (request, options) -> {
              calls.incrementAndGet();
              return feign.Response.builder()
                  .status(200)
                  .request(request)
                  .headers(Map.of("Content-Type", List.of("application/json")))
                  .body("[]".getBytes(StandardCharsets.UTF_8))
                  .build();
            });
    assertSame(builder, returned);
    assertEquals(List.of(), builder.create(Api.class).list());
    assertEquals(1, calls.get());
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
