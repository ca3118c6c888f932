package io.github.ccsdk.contactnow;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.testing.Concurrently;
import io.github.ccsdk.core.testing.LogCapture;
import io.github.ccsdk.core.testing.TestClock;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The token manager: get, reuse, renew on expiry and on refusal, single flight, redaction. */
@Timeout(60)
class ContactNowTokenTest {
  private static final int CALLERS = 50; // issue 8: 50 concurrent callers
  private static final String CODES =
      "{\"success\":true,\"total\":1,\"list\":[{\"outcome\":\"510456\",\"description\":\"Sales"
          + " Completed\"}]}";

  private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger issued = new AtomicInteger();
  private volatile CountDownLatch holdTokens = new CountDownLatch(0);
  private volatile WireServer.Responder calls = json(200, CODES);
  private WireServer server;

  @BeforeEach
  void start() throws IOException {
    server = WireServer.start(this::route);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The n-th token: 40 hex digits, like the real ones, valid for an hour from the clock. */
  static String token(int n) {
    return String.format("%040x", n);
  }

  private void issueToken(HttpExchange exchange) throws IOException {
    int n = issued.incrementAndGet();
    long expire = clock.instant().plus(Duration.ofHours(1)).getEpochSecond();
    json(200, "{\"success\":true,\"token\":\"" + token(n) + "\",\"expire\":" + expire + "}")
        .respond(exchange);
  }

  private ContactNowClient client() {
    return ContactNowClient.builder()
        .baseUrl(server.url())
        .credentials("api-user", "pa55word")
        .clock(clock)
        .build();
  }

  private List<WireServer.Recorded> tokenRequests() {
    return server.requests().stream().filter(r -> r.rawPath().equals("/token.php")).toList();
  }

  private List<WireServer.Recorded> apiRequests() {
    return server.requests().stream().filter(r -> !r.rawPath().equals("/token.php")).toList();
  }

  static Map<String, String> query(WireServer.Recorded request) {
    Map<String, String> q = new TreeMap<>();
    for (String pair : request.rawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  @Test
  void tokenIsFetchedWithTheCredentialsAndReused() {
    ContactNowClient contactNow =
        ContactNowClient.builder()
            .baseUrl(server.url())
            .credentials("api-user", "pa55word")
            .tokenAddress("203.0.113.7")
            .clock(clock)
            .build();

    contactNow.outcomeCodes().list();
    contactNow.outcomeCodes().list();

    List<WireServer.Recorded> tokens = tokenRequests();
    assertEquals(1, tokens.size());
    assertEquals(
        Map.of(
            "action", "get",
            "username", "api-user",
            "password", "pa55word",
            "address", "203.0.113.7",
            "format", "json"),
        query(tokens.get(0)));
    for (WireServer.Recorded call : apiRequests()) {
      Map<String, String> q = query(call);
      assertEquals(token(1), q.get("token"));
      assertEquals("json", q.get("format"));
    }
  }

  @Test
  void tokenIsRenewedShortlyBeforeItExpires() {
    ContactNowClient contactNow = client();
    contactNow.outcomeCodes().list();

    clock.advance(Duration.ofSeconds(3600 - 61));
    contactNow.outcomeCodes().list();
    assertEquals(1, issued.get());

    clock.advance(Duration.ofSeconds(2));
    contactNow.outcomeCodes().list();
    assertEquals(2, issued.get());
    assertEquals(token(2), query(server.last()).get("token"));
  }

  @Test
  void fiftyCallersWithAnExpiredTokenCauseOneTokenRequest() throws Exception {
    ContactNowClient contactNow = client();
    contactNow.outcomeCodes().list();
    clock.advance(Duration.ofHours(2));
    CountDownLatch release = new CountDownLatch(1);
    holdTokens = release;
    server.answer(this::route); // forgets the requests so far

    Concurrently<Page<OutcomeCode>> callers =
        Concurrently.start(CALLERS, () -> contactNow.outcomeCodes().list());
    callers.awaitParked(CALLERS - 1, () -> tokenRequests().size() > 1);
    release.countDown();
    callers.results();

    assertEquals(1, tokenRequests().size(), "token requests");
    assertEquals(CALLERS, apiRequests().size());
    apiRequests().forEach(r -> assertEquals(token(2), query(r).get("token")));
  }

  @Test
  void fiftyCallersToldExpiredTokenCauseOneRenewalAndAreRetried() throws Exception {
    ContactNowClient contactNow = client();
    contactNow.outcomeCodes().list(); // caches token 1
    server.answer(this::route); // forgets the requests so far
    CountDownLatch release = new CountDownLatch(1);
    holdTokens = release;
    // Token 1 expired early on the server; it says so once every caller has sent it.
    CountDownLatch allSent = new CountDownLatch(CALLERS);
    calls =
        exchange -> {
          if (exchange.getRequestURI().getRawQuery().contains("token=" + token(1))) {
            allSent.countDown();
            awaitUninterruptibly(allSent);
            json(200, "{\"success\":false,\"error\":\"Expired token\",\"expire\":-1}")
                .respond(exchange);
          } else {
            json(200, CODES).respond(exchange);
          }
        };

    Concurrently<Page<OutcomeCode>> callers =
        Concurrently.start(CALLERS, () -> contactNow.outcomeCodes().list());
    callers.awaitParked(CALLERS - 1, () -> tokenRequests().size() > 1);
    release.countDown();
    for (Page<OutcomeCode> codes : callers.results()) {
      assertEquals("510456", codes.items().get(0).outcome().orElseThrow());
    }

    assertEquals(1, tokenRequests().size(), "token requests");
    List<String> sent = apiRequests().stream().map(r -> query(r).get("token")).toList();
    assertEquals(CALLERS, sent.stream().filter(token(1)::equals).count());
    assertEquals(CALLERS, sent.stream().filter(token(2)::equals).count());
  }

  @Test
  void aWriteToldInvalidTokenIsSentAgainWithItsBody() throws Exception {
    ContactNowClient contactNow = client();
    contactNow.outcomeCodes().list(); // caches token 1
    server.answer(this::route); // forgets the requests so far
    calls =
        exchange -> {
          boolean old = exchange.getRequestURI().getRawQuery().contains("token=" + token(1));
          json(
                  200,
                  old
                      ? "{\"success\":false,\"error\":\"Invalid token\"}"
                      : "{\"success\":true,\"total\":1,\"bad\":0,\"key\":2499265}")
              .respond(exchange);
        };

    WriteResult written =
        contactNow
            .records()
            .create(
                List.of(
                    ContactRecordInput.builder().dataset(351).homePhone("01234567890").build()));

    assertEquals(2499265L, written.key().orElseThrow());
    List<WireServer.Recorded> writes = apiRequests();
    assertEquals(2, writes.size());
    assertEquals(writes.get(0).bodyText(), writes.get(1).bodyText());
    assertEquals(
        Json.mapper().readTree("[{\"dataset\":351,\"HomePhone\":\"01234567890\"}]"),
        Json.mapper().readTree(writes.get(1).body()));
    assertEquals(token(2), query(writes.get(1)).get("token"));
  }

  @Test
  void aTokenRefusedAgainAfterRenewalIsAnUnauthorizedErrorWithoutTheToken() {
    ContactNowClient contactNow = client();
    calls = json(200, "{\"success\":false,\"error\":\"Invalid token\"}");

    ContactNowException.Unauthorized e =
        assertThrows(
            ContactNowException.Unauthorized.class, () -> contactNow.outcomeCodes().list());

    assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
    assertEquals(200, e.status());
    assertEquals("Invalid token", e.details().vendorMessage().orElseThrow());
    assertEquals(2, issued.get(), "one token, then one renewal");
    assertEquals(2, apiRequests().size(), "the call, then one retry");
    String shown = e.getMessage() + e.details() + e.details().bodyExcerpt().orElse("");
    assertTrue(shown.contains("token=REDACTED"), shown);
    assertFalse(shown.contains(token(1)) || shown.contains(token(2)), shown);
  }

  @Test
  void wrongCredentialsAreAnUnauthorizedErrorWithoutThePassword() {
    ContactNowClient contactNow = client();
    server.answer(json(200, "{\"success\":false,\"error\":\"Authentication failure\"}"));

    ContactNowException.Unauthorized e =
        assertThrows(
            ContactNowException.Unauthorized.class, () -> contactNow.outcomeCodes().list());

    assertEquals("Authentication failure", e.details().vendorMessage().orElseThrow());
    assertTrue(e.getMessage().contains("/token.php"), e.getMessage());
    assertFalse(e.getMessage().contains("pa55word"), e.getMessage());
    assertFalse(e.details().toString().contains("pa55word"));
    assertEquals(1, server.requests().size(), "no call is sent without a token");
  }

  @Test
  void tokenAndPasswordNeverReachTheLog() {
    try (LogCapture log = LogCapture.start()) {
      ContactNowClient contactNow =
          ContactNowClient.builder()
              .baseUrl(server.url())
              .credentials("api-user", "pa55word")
              .logLevel(LogLevel.FULL)
              .retryPolicy(RetryPolicy.none())
              .build();
      contactNow.outcomeCodes().list();

      String text = log.text();
      assertTrue(text.contains("/token.php"), text);
      assertTrue(text.contains("outcomecodes"), text);
      assertFalse(text.contains(token(1)), text);
      assertFalse(text.contains("pa55word"), text);
    }
  }

  @Test
  void aTokenOfYourOwnIsSentAsIs() {
    ContactNowClient contactNow =
        ContactNowClient.builder().baseUrl(server.url()).token(() -> "my-token").build();
    contactNow.outcomeCodes().list();
    assertEquals("my-token", query(server.takeOnly()).get("token"));
  }

  @Test
  void credentialsAndATokenOfYourOwnExcludeEachOther() {
    assertThrows(
        IllegalStateException.class,
        () -> ContactNowClient.builder().token(() -> "t").credentials("u", "p"));
    assertThrows(
        IllegalStateException.class,
        () -> ContactNowClient.builder().credentials("u", "p").token(() -> "t"));
  }

  private void route(HttpExchange exchange) throws IOException {
    if (exchange.getRequestURI().getPath().equals("/token.php")) {
      awaitUninterruptibly(holdTokens);
      issueToken(exchange);
    } else {
      calls.respond(exchange);
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
