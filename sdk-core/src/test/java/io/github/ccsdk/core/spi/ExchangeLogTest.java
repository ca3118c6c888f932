package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the log shows: everything useful, never a secret. */
class ExchangeLogTest {
  interface Api {
    @RequestLine("POST /login?user={user}&password={password}&api_key={key}")
    Visitor login(
        @Param("user") String user,
        @Param("password") String password,
        @Param("key") String key,
        Visitor body);

    @RequestLine("POST /token")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    void token(@Param("username") String username, @Param("client_secret") String secret);

    @RequestLine("GET /big")
    String big();
  }

  private static final List<String> SECRETS =
      List.of(
          "pw-1",
          "key-2",
          "bearer-3",
          "body-pw-4",
          "cookie-5",
          "sid-6",
          "form-7",
          "tok-8",
          "custom-9",
          "ak-10");

  @Test
  void fullLevelShowsNoSecret() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.json(
                200,
                "{\"name\":\"Ann\",\"access_token\":\"tok-8\"}",
                "Set-Cookie",
                "sid=sid-6",
                "X-Trace",
                "trace-ok"))) {
      TestClient client = TestClient.forServer(server).logLevel(LogLevel.FULL);
      client.interceptor(Auth.bearer(() -> "bearer-3"));
      client.interceptor(Auth.header("X-Vendor-Key", () -> "custom-9"));
      client.interceptor(Auth.query("sig", () -> "ak-10"));
      client.interceptor(t -> t.header("Cookie", "session=cookie-5"));
      Api api = client.create(Api.class);
      api.login(
          "ann", "pw-1", "key-2", Visitor.builder().name("Ann").password("body-pw-4").build());
      api.token("ann", "form-7");

      String log = String.join("\n", client.log);
      for (String secret : SECRETS) {
        assertFalse(log.contains(secret), secret + " leaked into:\n" + log);
      }
      // ...while the useful parts are there.
      assertTrue(
          log.contains(
              "[Api.login #1] ---> POST "
                  + server.url()
                  + "/login?user=ann&password=REDACTED&api_key=REDACTED&sig=REDACTED"),
          log);
      assertTrue(log.contains("Authorization: Bearer REDACTED"), log);
      assertTrue(log.contains("X-Vendor-Key: REDACTED"), log);
      assertTrue(log.contains("\"password\":\"REDACTED\""), log);
      assertTrue(log.contains("username=ann&client_secret=REDACTED"), log);
      assertTrue(log.contains("<--- 200"), log);
      assertTrue(log.toLowerCase().contains("x-trace: trace-ok"), log);
      assertTrue(log.contains("\"access_token\":\"REDACTED\""), log);
      assertTrue(log.contains("\"name\":\"Ann\""), log);
    }
  }

  @Test
  void secretQueryParameterOfTheSdk() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "{}"))) {
      TestClient client = TestClient.forServer(server).logLevel(LogLevel.BASIC);
      client.secretQueryParameter("user");
      client.create(Api.class).login("ann-secret", "p", "k", Visitor.builder().build());
      assertFalse(String.join("\n", client.log).contains("ann-secret"));
      assertEquals(2, client.log.size(), "BASIC: request and status lines only: " + client.log);
    }
  }

  @Test
  void bodiesAreCutTo4KiB() throws Exception {
    String big = "\"" + "a".repeat(10_000) + "\"";
    try (WireServer server = WireServer.start(WireServer.json(200, big))) {
      TestClient client = TestClient.forServer(server).logLevel(LogLevel.FULL);
      assertEquals(10_000, client.create(Api.class).big().length(), "the caller gets it all");
      String bodyLine =
          client.log.stream().filter(l -> l.contains("aaaa")).findFirst().orElseThrow();
      assertTrue(bodyLine.length() < 4096 + 100, "line length " + bodyLine.length());
      assertTrue(bodyLine.endsWith("(cut, 10002 bytes in all)"), bodyLine);
    }
  }

  @Test
  void ioErrorsAreLoggedWithoutStackTraces() {
    TestClient client = new TestClient().baseUrl("http://127.0.0.1:9").logLevel(LogLevel.FULL);
    client.retryPolicy(RetryPolicy.none());
    client.client(
        (request, options) -> {
          throw new java.io.IOException("failed for " + request.url());
        });
    try {
      client.create(Api.class).login("u", "pw-1", "k", Visitor.builder().build());
    } catch (ApiException expected) {
      // logged below
    }
    String log = String.join("\n", client.log);
    assertTrue(log.contains("<--- ERROR IOException: failed for"), log);
    assertFalse(log.contains("pw-1"), log);
    assertFalse(log.contains("\tat "), log);
  }

  @Test
  void redactionRules() {
    Redaction r = Redaction.defaults().with(List.of("sig"), List.of("X-Custom"));
    assertEquals(
        "https://h.example/p?a=1&Token=REDACTED&sig=REDACTED&b",
        r.url("https://user:pw@h.example/p?a=1&Token=t&sig=s&b#frag"));
    assertEquals("password=REDACTED&x=%2B", r.form("password=a+b&x=%2B"));
    assertEquals("pass%77ord=REDACTED", r.form("pass%77ord=x"), "names are decoded first");
    assertEquals(
        "{\"password\" : \"REDACTED\", \"n\": 1}", r.json("{\"password\" : \"p\\\"w\", \"n\": 1}"));
    assertEquals("{\"apikey\":\"REDACTED\"", r.json("{\"apikey\":\"half-a-sec"), "cut strings too");
    assertEquals("{\"token\":\"REDACTED\"}", r.json("{\"token\":12345}"));
    assertTrue(r.isSecretHeader("x-custom"));
    assertTrue(r.isSecretHeader("X-Auth-Token"));
    assertFalse(r.isSecretHeader("Content-Type"));
    assertEquals("see /x?api_key=REDACTED&b=2", r.text("see /x?api_key=zz&b=2"));
  }
}
