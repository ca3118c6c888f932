package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.DefaultClient;
import feign.Request;
import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
  interface Api {
    @RequestLine("GET /visitors")
    List<Visitor> list();

    @RequestLine("POST /visitors")
    Visitor create(Visitor visitor);

    @RequestLine("PUT /visitors/1")
    Visitor put(Visitor visitor);
  }

  private static final Visitor NEW = Visitor.builder().name("Ann").build();

  @Test
  void getIsRetriedOn503ThenSucceeds() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.json(503, "{}"), WireServer.json(200, "[{\"name\":\"Ann\"}]"))) {
      TestClient client = TestClient.forServer(server);
      List<Visitor> visitors = client.create(Api.class).list();
      assertEquals(Optional.of("Ann"), visitors.get(0).name());
      assertEquals(2, server.requests().size());
      // Full jitter with random 0.5 of the 200 ms first bound.
      assertEquals(List.of(Duration.ofMillis(100)), client.sleeps);
    }
  }

  @Test
  void postIsNotRetriedOn503() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(503, "{}"))) {
      TestClient client = TestClient.forServer(server);
      ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).create(NEW));
      assertEquals(ApiException.Kind.SERVER_ERROR, e.kind());
      assertEquals(1, server.requests().size());
      assertEquals(List.of(), client.sleeps);
    }
  }

  @Test
  void attemptsAreCappedAndBackoffGrows() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(502, "{\"code\":\"X\"}"))) {
      TestClient client = TestClient.forServer(server);
      client.retryPolicy(RetryPolicy.builder().maxAttempts(4).build());
      ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).put(NEW));
      assertEquals(502, e.status());
      assertEquals(Optional.of("X"), e.details().vendorCode());
      assertEquals(4, server.requests().size());
      assertEquals(
          List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)),
          client.sleeps);
    }
  }

  @Test
  void postIsRetriedWhenTheConnectionWasRefused() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (WireServer server = WireServer.start(WireServer.json(201, "{\"name\":\"Ann\"}"))) {
      // First attempt really goes to a closed port, the second to the live server.
      AtomicInteger attempts = new AtomicInteger();
      Client real = new DefaultClient(null, null);
      Client firstRefused =
          (request, options) -> {
            if (attempts.getAndIncrement() == 0) {
              String dead = request.url().replace(server.url(), "http://127.0.0.1:" + closedPort);
              return real.execute(
                  Request.create(
                      request.httpMethod(),
                      dead,
                      request.headers(),
                      request.body(),
                      request.charset(),
                      null),
                  options);
            }
            return real.execute(request, options);
          };
      TestClient client = TestClient.forServer(server);
      client.client(firstRefused);
      Visitor created = client.create(Api.class).create(NEW);
      assertEquals(Optional.of("Ann"), created.name());
      assertEquals(2, attempts.get());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void postIsNotRetriedAfterAReadTimeout() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    Client timesOut =
        (request, options) -> {
          attempts.incrementAndGet();
          throw new SocketTimeoutException("Read timed out");
        };
    TestClient client = new TestClient().baseUrl("http://127.0.0.1:9");
    client.client(timesOut);
    ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).create(NEW));
    assertEquals(ApiException.Kind.IO, e.kind());
    assertEquals(1, attempts.get());
    // ...while a GET is.
    assertThrows(ApiException.class, () -> client.create(Api.class).list());
    assertEquals(1 + 3, attempts.get());
  }

  @Test
  void anInterruptedGetIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    TestClient client = new TestClient().baseUrl("http://127.0.0.1:9");
    client.client(
        (request, options) -> {
          attempts.incrementAndGet();
          throw new java.io.InterruptedIOException("interrupted while waiting for the response");
        });
    ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).list());
    assertEquals(ApiException.Kind.IO, e.kind());
    assertEquals(1, attempts.get(), "whoever interrupted wants the call to end");
    assertEquals(List.of(), client.sleeps);
  }

  @Test
  void anInterruptDuringTheBackoffEndsTheRetries() {
    AtomicInteger attempts = new AtomicInteger();
    TestClient client = new TestClient().baseUrl("http://127.0.0.1:9");
    client.client(
        (request, options) -> {
          attempts.incrementAndGet();
          throw new SocketTimeoutException("Read timed out");
        });
    client.sleeper(
        wait -> {
          throw new InterruptedException("interrupted in the backoff");
        });
    try {
      ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).list());
      assertEquals(ApiException.Kind.IO, e.kind());
      assertEquals(1, attempts.get());
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
    } finally {
      Thread.interrupted(); // clear it for the next test
    }
  }

  @Test
  void retryAfterSecondsIsHonoured() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.json(429, "{}", "Retry-After", "3"), WireServer.json(200, "[]"))) {
      TestClient client = TestClient.forServer(server);
      assertEquals(List.of(), client.create(Api.class).list());
      assertEquals(List.of(Duration.ofSeconds(3)), client.sleeps);
    }
  }

  @Test
  void retryAfterDateIsHonoured() throws Exception {
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    try (WireServer server =
        WireServer.start(
            WireServer.json(503, "{}", "Retry-After", "Wed, 01 May 2024 10:00:12 GMT"),
            WireServer.json(200, "[]"))) {
      TestClient client = TestClient.forServer(server);
      client.clock(Clock.fixed(now, ZoneOffset.UTC));
      client.create(Api.class).list();
      assertEquals(List.of(Duration.ofSeconds(12)), client.sleeps);
    }
  }

  @Test
  void backoffWinsWhenLongerThanRetryAfter() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.json(503, "{}", "Retry-After", "0"), WireServer.json(200, "[]"))) {
      TestClient client = TestClient.forServer(server);
      client.create(Api.class).list();
      assertEquals(List.of(Duration.ofMillis(100)), client.sleeps);
    }
  }

  @Test
  void tooLongRetryAfterFailsAtOnce() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(429, "{}", "Retry-After", "31"))) {
      TestClient client = TestClient.forServer(server);
      ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).list());
      assertEquals(ApiException.Kind.RATE_LIMITED, e.kind());
      assertEquals(Optional.of(Duration.ofSeconds(31)), e.details().retryAfter());
      assertEquals(1, server.requests().size());
      assertEquals(List.of(), client.sleeps);
    }
  }

  @Test
  void noneMeansOneAttempt() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(503, "{}"))) {
      TestClient client = TestClient.forServer(server);
      client.retryPolicy(RetryPolicy.none());
      assertThrows(ApiException.class, () -> client.create(Api.class).list());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void statusesOutsideThePolicyAreNotRetried() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(500, "{}"))) {
      TestClient client = TestClient.forServer(server);
      assertThrows(ApiException.class, () -> client.create(Api.class).list());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void interruptStopsRetrying() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(503, "{}"))) {
      TestClient client = TestClient.forServer(server);
      client.sleeper(
          d -> {
            throw new InterruptedException();
          });
      assertThrows(ApiException.class, () -> client.create(Api.class).list());
      assertEquals(1, server.requests().size());
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller (and cleared here)");
    }
  }

  @Test
  void backoffIsFullJitterWithThePolicysBounds() {
    RetryPolicy p =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(350))
            .multiplier(3)
            .build();
    // The waits themselves are Backoff's (BackoffTest); here, that the policy's settings reach it.
    Backoff expected = Backoff.exponential(Duration.ofMillis(100), Duration.ofMillis(350), 3, 1.0);
    assertEquals(expected, CoreRetryer.backoff(p));
    assertEquals(expected, CoreRetryer.backoff(p.toBuilder().build()));
    assertEquals(Duration.ofMillis(150), CoreRetryer.backoff(p).delay(2, 0.5));
  }

  @Test
  void policyDefaultsAndValidation() {
    RetryPolicy d = RetryPolicy.defaults();
    assertEquals(3, d.maxAttempts());
    assertEquals(Duration.ofMillis(200), d.initialBackoff());
    assertEquals(Duration.ofSeconds(5), d.maxBackoff());
    assertEquals(2.0, d.multiplier());
    assertEquals(Set.of(429, 502, 503, 504), d.retryableStatuses());
    assertEquals(Duration.ofSeconds(30), d.maxRetryAfter());
    assertEquals(1, RetryPolicy.none().maxAttempts());
    assertEquals(d, d.toBuilder().build());
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().multiplier(0.5));
    assertThrows(
        IllegalArgumentException.class, () -> RetryPolicy.builder().retryableStatuses(Set.of(42)));
    assertThrows(
        IllegalStateException.class,
        () -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(1)).build());
  }

  @Test
  void neverSentClassification() {
    assertTrue(CoreRetryer.neverSent(new ConnectException("Connection refused")));
    assertTrue(CoreRetryer.neverSent(new UnknownHostException("nope.invalid")));
    assertTrue(CoreRetryer.neverSent(new SocketTimeoutException("Connect timed out")));
    assertEquals(false, CoreRetryer.neverSent(new SocketTimeoutException("Read timed out")));
    assertEquals(false, CoreRetryer.neverSent(new java.io.IOException("Connection reset")));
  }

  @Test
  void retryAfterParsing() {
    Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    assertEquals(Duration.ofSeconds(120), CoreErrorDecoder.retryAfter(" 120 ", clock));
    assertEquals(
        Duration.ZERO, CoreErrorDecoder.retryAfter("Wed, 01 May 2024 09:00:00 GMT", clock));
    assertEquals(null, CoreErrorDecoder.retryAfter("soon", clock));
    assertEquals(null, CoreErrorDecoder.retryAfter("-1", clock));
    assertEquals(null, CoreErrorDecoder.retryAfter(null, clock));
  }
}
