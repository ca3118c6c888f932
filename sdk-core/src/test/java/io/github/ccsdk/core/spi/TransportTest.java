package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Transport failures, and that nothing but the SDK's exceptions reaches the caller. */
class TransportTest {
  interface Api {
    @RequestLine("GET /visitors?token={token}")
    List<Visitor> list(@Param("token") String token);

    @RequestLine("POST /visitors")
    Visitor create(Visitor visitor);

    @RequestLine("POST /files")
    @Headers("Content-Type: multipart/form-data")
    void upload(@Param("file") Upload file);

    default int count() {
      return list("t").size();
    }
  }

  @Test
  void readTimeoutIsIo() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (WireServer server =
        WireServer.start(
            exchange -> {
              try {
                // Holds the response until the test is over; never decides the outcome itself.
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              WireServer.send(exchange, 200, "[]".getBytes());
            })) {
      TestClient client = TestClient.forServer(server);
      client.readTimeout(Duration.ofMillis(50)).retryPolicy(RetryPolicy.none());
      ApiException e =
          assertThrows(ApiException.class, () -> client.create(Api.class).list("tok-1"));
      release.countDown();
      assertInstanceOf(TestException.Io.class, e);
      assertEquals(ApiException.Kind.IO, e.kind());
      assertEquals(0, e.status());
      assertInstanceOf(SocketTimeoutException.class, e.getCause());
      assertTrue(
          e.getMessage().contains("-> I/O error: the request failed: SocketTimeoutException"),
          e.getMessage());
      assertFalse(e.getMessage().contains("tok-1"), e.getMessage());
    }
  }

  @Test
  void connectionRefusedIsIoAndRetriedForGet() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TestClient client = new TestClient().baseUrl("http://127.0.0.1:" + closedPort);
    ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).list("x"));
    assertEquals(ApiException.Kind.IO, e.kind());
    assertInstanceOf(ConnectException.class, e.getCause());
    assertEquals(2, client.sleeps.size(), "three attempts, two waits");
  }

  @Test
  void connectionDroppedMidBodyIsIo() throws Exception {
    try (WireServer server =
        WireServer.start(
            exchange -> {
              exchange.getResponseHeaders().add("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, 1000);
              OutputStream out = exchange.getResponseBody();
              out.write("[{\"name\":\"A".getBytes());
              out.flush();
              // Failing short of the promised length makes the server drop the connection.
              throw new IOException("dropping the connection on purpose");
            })) {
      TestClient client = TestClient.forServer(server);
      ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).list("x"));
      assertEquals(ApiException.Kind.IO, e.kind());
      assertEquals(0, e.status());
      assertTrue(e.getMessage().contains("reading the response body failed"), e.getMessage());
      assertTrue(e.getMessage().contains("after 11 of 1000 bytes"), e.getMessage());
    }
  }

  @Test
  void encodingFailureIsAnApiException() throws Exception {
    try (WireServer server = WireServer.start(WireServer.respond(204, null, ""))) {
      Api api = TestClient.forServer(server).create(Api.class);
      Upload once = Upload.of(new java.io.ByteArrayInputStream(new byte[] {1}), "a", "b/c");
      api.upload(once);
      ApiException e = assertThrows(ApiException.class, () -> api.upload(once));
      assertEquals(ApiException.Kind.IO, e.kind());
      assertEquals("POST", e.details().method());
      assertTrue(e.details().url().endsWith("/files"), e.details().url());
      assertTrue(e.getMessage().contains("could not encode the request"), e.getMessage());
      assertEquals(1, server.requests().size(), "nothing was sent the second time");
    }
  }

  @Test
  void failingClientIsTranslated() throws Exception {
    TestClient client = new TestClient().baseUrl("http://127.0.0.1:9");
    client.client(
        (request, options) -> {
          throw new IOException("boom at " + request.url());
        });
    client.retryPolicy(RetryPolicy.none());
    ApiException e =
        assertThrows(ApiException.class, () -> client.create(Api.class).list("s3cr3t"));
    assertEquals(ApiException.Kind.IO, e.kind());
    assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
  }

  @Test
  void interceptorFailureIsTranslated() throws Exception {
    TestClient client = new TestClient().baseUrl("http://127.0.0.1:9");
    RuntimeException failure = new IllegalStateException("token service down");
    client.interceptor(
        template -> {
          throw failure;
        });
    ApiException e = assertThrows(ApiException.class, () -> client.create(Api.class).list("x"));
    assertEquals(ApiException.Kind.IO, e.kind());
    assertSame(failure, e.getCause());
  }

  @Test
  void invalidArgumentsStayProgrammingErrors() throws Exception {
    Api api = new TestClient().baseUrl("http://127.0.0.1:9").create(Api.class);
    NullPointerException e = assertThrows(NullPointerException.class, () -> api.create(null));
    assertEquals("Api.create: the request body is required", e.getMessage());
  }

  @Test
  void objectMethodsAndDefaultMethods() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "[{},{}]"))) {
      ApiFactory factory = TestClient.forServer(server).build();
      Api a = factory.create(Api.class);
      Api b = factory.create(Api.class);
      assertEquals(a, a);
      assertNotEquals(a, b);
      assertEquals(a.hashCode(), a.hashCode());
      assertEquals("Api(" + server.url() + ")", a.toString());
      assertEquals(2, a.count());
    }
  }

  @Test
  void apiMustBeAnInterface() {
    ApiFactory factory = new TestClient().baseUrl("http://127.0.0.1:9").build();
    assertThrows(IllegalArgumentException.class, () -> factory.create(String.class));
  }
}
