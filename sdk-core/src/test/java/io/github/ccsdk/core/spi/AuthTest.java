package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestInterceptor;
import feign.RequestLine;
import io.github.ccsdk.core.testing.WireServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  interface Api {
    @RequestLine("GET /me")
    void me();

    @RequestLine("GET /search?q=x")
    void search();

    @Unauthenticated
    @RequestLine("GET /token")
    void token();
  }

  private WireServer server;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start(WireServer.respond(204, null, ""));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Api api(RequestInterceptor auth) {
    return TestClient.forServer(server).interceptor(auth).create(Api.class);
  }

  @Test
  void basic() {
    api(Auth.basic("agent@example.com", "pässword")).me();
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("agent@example.com:pässword".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, server.last().header("Authorization"));
  }

  @Test
  void bearerAsksTheSupplierOnEveryRequest() {
    AtomicInteger n = new AtomicInteger();
    Api api = api(Auth.bearer(() -> "t" + n.incrementAndGet()));
    api.me();
    assertEquals("Bearer t1", server.last().header("Authorization"));
    api.me();
    assertEquals("Bearer t2", server.last().header("Authorization"));
  }

  @Test
  void headerValueIsSentLiterally() {
    api(Auth.header("X-Api-Key", () -> "{not-a-template}")).me();
    assertEquals("{not-a-template}", server.last().header("X-Api-Key"));
  }

  @Test
  void queryValueIsEncodedCompletely() {
    api(Auth.query("token", () -> "a+b/c=d&e")).search();
    assertEquals("q=x&token=a%2Bb%2Fc%3Dd%26e", server.last().rawQuery());
  }

  @Test
  void unauthenticatedMethodsGetNoCredentials() {
    Api api = api(Auth.bearer(() -> "t"));
    api.token();
    assertNull(server.last().header("Authorization"));
    Api queryApi = api(Auth.query("token", () -> "t"));
    queryApi.token();
    assertNull(server.last().rawQuery());
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertFalse(Auth.basic("u", "hunter2").toString().contains("hunter2"));
    assertFalse(Auth.basic("u", "hunter2").toString().contains("dTpodW50ZXIy"));
    assertFalse(Auth.bearer(() -> "tok").toString().contains("tok"));
    assertEquals("Auth.query(token: REDACTED)", Auth.query("token", () -> "s3").toString());
    assertTrue(Auth.header("X-Key", () -> "s3").toString().contains("X-Key"));
  }
}
