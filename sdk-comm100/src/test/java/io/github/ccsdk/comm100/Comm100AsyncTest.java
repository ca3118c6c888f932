package io.github.ccsdk.comm100;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ccsdk.comm100.api.VisitorsServiceAsync;
import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.spi.Threads;
import io.github.ccsdk.core.testing.Concurrently;
import io.github.ccsdk.core.testing.TestClock;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code client.async()}: the same calls as futures, on loopback servers. */
@Timeout(120)
class Comm100AsyncTest {
  private static final UUID ID = UUID.fromString("2f2b4bbd-5a8e-4a41-a0a4-0a2d2a4cbb01");
  private static final String VISITOR = "{\"id\":\"" + ID + "\",\"name\":\"Ann\"}";

  private final List<AutoCloseable> servers = new ArrayList<>();

  /** The threads the client's async calls ran on. */
  private final List<Thread> asyncThreads = new CopyOnWriteArrayList<>();

  private final ThreadFactory recording =
      task -> {
        Thread thread = Threads.defaults("test-async").newThread(task);
        asyncThreads.add(thread);
        return thread;
      };

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable server : servers) {
      server.close();
    }
  }

  private WireServer server(WireServer.Responder... responders) throws IOException {
    WireServer server = WireServer.start(responders);
    servers.add(server);
    return server;
  }

  private Comm100Client apiKeyClient(String url) {
    return Comm100Client.builder()
        .baseUrl(url)
        .apiKey("agent@example.com", "key-123")
        .retryPolicy(RetryPolicy.none())
        .threadFactory(recording)
        .build();
  }

  @Test
  void anAsyncCallAnswersWhatTheSyncCallAnswers() throws Exception {
    WireServer api = server(json(200, VISITOR, "Location", "/visitors/1"));
    Comm100Client comm100 = apiKeyClient(api.url());
    VisitorsServiceAsync visitors = comm100.async().visitors();
    assertEquals(visitors, comm100.async().visitors(), "one async service per client");

    CompletableFuture<Visitor> future = visitors.getVisitor(ID);
    Visitor visitor = future.get(30, TimeUnit.SECONDS);

    assertEquals(comm100.visitors().getVisitor(ID), visitor);
    assertEquals("Ann", visitor.name().orElseThrow());
    List<WireServer.Recorded> requests = api.requests();
    assertEquals(2, requests.size());
    assertEquals("/api/v3/livechat/visitors/" + ID, requests.get(0).rawPath());
    assertEquals(requests.get(1).rawPath(), requests.get(0).rawPath());
    assertEquals(requests.get(1).header("Authorization"), requests.get(0).header("Authorization"));
    assertEquals(1, asyncThreads.size(), "the async call ran on the builder's thread factory");

    Response<Visitor> raw = visitors.withRawResponse().getVisitor(ID).get(30, TimeUnit.SECONDS);
    assertEquals(200, raw.status());
    assertEquals(visitor, raw.body());
    assertEquals(api.url() + "/visitors/1", raw.location().orElseThrow().toString());

    assertThrows(NullPointerException.class, () -> visitors.getVisitor(null), "at once");
  }

  @Test
  void aFailureIsTheTypedExceptionItself() throws Exception {
    WireServer api =
        server(
            json(404, "{\"code\":\"NotFound\",\"message\":\"no such visitor\"}"),
            json(500, "{\"message\":\"boom\"}"));
    Comm100Client comm100 = apiKeyClient(api.url());

    CompletableFuture<Visitor> missing = comm100.async().visitors().getVisitor(ID);
    ExecutionException viaGet =
        assertThrows(ExecutionException.class, () -> missing.get(30, TimeUnit.SECONDS));
    Comm100Exception.NotFound notFound =
        assertInstanceOf(Comm100Exception.NotFound.class, viaGet.getCause());
    assertEquals(404, notFound.status());
    CompletionException viaJoin = assertThrows(CompletionException.class, missing::join);
    assertEquals(notFound, viaJoin.getCause());

    CompletableFuture<Void> failing =
        comm100.async().customAwayStatuses().deleteCustomAwayStatus(ID);
    CompletionException serverError = assertThrows(CompletionException.class, failing::join);
    assertInstanceOf(Comm100Exception.ServerError.class, serverError.getCause());
  }

  @Test
  void asyncCallersShareOneTokenRenewalWithSyncCallers() throws Exception {
    TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    AtomicInteger issued = new AtomicInteger();
    WireServer controlPanel = server(issuing(issued, new CountDownLatch(0)));
    WireServer api = server(json(200, "[]"));
    Comm100Client comm100 =
        Comm100Client.builder()
            .baseUrl(api.url())
            .tokenUrl(controlPanel.url())
            .oauth("agent@example.com", "s3cret-pass")
            .clock(clock)
            .threadFactory(recording)
            .build();
    comm100.customAwayStatuses().listCustomAwayStatuses(); // a sync caller fetches tok-1
    clock.advance(Duration.ofHours(2));
    CountDownLatch release = new CountDownLatch(1);
    controlPanel.answer(issuing(issued, release)); // the renewal waits until every caller queued
    api.answer(json(200, "[]"));

    int callers = 20;
    List<CompletableFuture<List<CustomAwayStatus>>> futures = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      futures.add(comm100.async().customAwayStatuses().listCustomAwayStatuses());
    }
    // Everyone but the renewing caller waits for the token (or, broken, asks for one too).
    while (Concurrently.parked(asyncThreads) < callers - 1 && controlPanel.requests().size() <= 1) {
      Thread.sleep(1);
    }
    release.countDown();
    for (CompletableFuture<List<CustomAwayStatus>> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    comm100.customAwayStatuses().listCustomAwayStatuses(); // and a sync caller reuses it

    assertEquals(1, controlPanel.requests().size(), "token requests");
    assertEquals(callers + 1, api.requests().size());
    for (WireServer.Recorded call : api.requests()) {
      assertEquals("Bearer tok-2", call.header("Authorization"));
    }
  }

  /** Hands out tok-1, tok-2, ... for an hour, each once {@code release} opens. */
  private static WireServer.Responder issuing(AtomicInteger issued, CountDownLatch release) {
    return exchange -> {
      awaitUninterruptibly(release);
      int n = issued.incrementAndGet();
      json(200, "{\"access_token\":\"tok-" + n + "\",\"expires_in\":3600}").respond(exchange);
    };
  }

  @Test
  void cancellingInterruptsTheCall() throws Exception {
    Silent silent = new Silent();
    servers.add(silent);
    Comm100Client comm100 =
        Comm100Client.builder()
            .baseUrl(silent.url())
            .apiKey("agent@example.com", "key-123")
            .threadFactory(recording)
            .build();
    CompletableFuture<Visitor> future = comm100.async().visitors().getVisitor(ID);
    assertTrue(silent.requested.await(30, TimeUnit.SECONDS), "the request arrived");

    assertTrue(future.cancel(true));

    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, future::join);
    Thread worker = asyncThreads.get(0);
    // The transport aborts the exchange on interrupt: the connection is closed at once.
    assertTrue(silent.closed.await(5, TimeUnit.SECONDS), "the server saw the connection close");
    worker.join(5_000);
    assertFalse(worker.isAlive(), "the call ended");
  }

  @Test
  void aThousandCallsInFlightNeedNoThousandPlatformThreads() throws Exception {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads are JDK 21+");
    int calls = 1000;
    AtomicReference<CountDownLatch> arrived = new AtomicReference<>(new CountDownLatch(0));
    AtomicReference<CountDownLatch> release = new AtomicReference<>(new CountDownLatch(0));
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2 * calls);
    ThreadFactory handlers = Threads.defaults("test-server"); // virtual: not counted either
    http.setExecutor(command -> handlers.newThread(command).start());
    http.createContext(
        "/",
        exchange -> {
          try (exchange) {
            arrived.get().countDown();
            awaitUninterruptibly(release.get());
            send(exchange, VISITOR);
          }
        });
    http.start();
    servers.add(() -> http.stop(0));
    String url = "http://127.0.0.1:" + http.getAddress().getPort();
    Comm100Client comm100 =
        Comm100Client.builder().baseUrl(url).apiKey("agent@example.com", "key-123").build();
    comm100.async().visitors().getVisitor(ID).get(30, TimeUnit.SECONDS); // warm up
    CountDownLatch held = new CountDownLatch(calls);
    arrived.set(held);
    release.set(new CountDownLatch(1));

    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int before = mx.getThreadCount();
    mx.resetPeakThreadCount();
    List<CompletableFuture<Visitor>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(comm100.async().visitors().getVisitor(ID));
    }
    assertTrue(held.await(90, TimeUnit.SECONDS), "all " + calls + " calls in flight at once");
    int peak = mx.getPeakThreadCount();
    release.get().countDown();
    for (CompletableFuture<Visitor> future : futures) {
      assertEquals("Ann", future.get(60, TimeUnit.SECONDS).name().orElseThrow());
    }
    assertTrue(
        peak - before <= 16,
        "platform threads: " + before + " before, " + peak + " at the peak of " + calls);
  }

  private static void send(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // the server's own threads are not the subject here
      }
    }
  }

  /** A server that reads a request and never answers; notes when the client closes. */
  private static final class Silent implements AutoCloseable {
    final CountDownLatch requested = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    Silent() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::serve, "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void serve() {
      try (Socket client = socket.accept()) {
        accepted.add(client);
        InputStream in = client.getInputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
          int b = in.read();
          if (b < 0) {
            return;
          }
          matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        requested.countDown();
        try {
          while (in.read() >= 0) {
            // a GET sends nothing more; wait for the end of the stream
          }
        } catch (IOException reset) {
          // a reset is a close too
        }
        closed.countDown();
      } catch (IOException e) {
        // closed by the test
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket s : accepted) {
        s.close();
      }
    }
  }
}
