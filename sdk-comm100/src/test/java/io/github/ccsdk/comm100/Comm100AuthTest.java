package io.github.ccsdk.comm100;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.github.ccsdk.comm100.model.AccessToken;
import io.github.ccsdk.comm100.model.Comm100Error;
import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.comm100.model.OAuthTokenError;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.testing.Concurrently;
import io.github.ccsdk.core.testing.LogCapture;
import io.github.ccsdk.core.testing.TestClock;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** OAuth password grant, token cache and renewal, API-key auth and hosts, on loopback servers. */
@Timeout(60)
class Comm100AuthTest {
  private static final int CALLERS = 50; // issue 8: 50 concurrent callers

  private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger issued = new AtomicInteger();
  private WireServer controlPanel;
  private WireServer api;

  @BeforeEach
  void start() throws IOException {
    controlPanel = WireServer.start(this::issueToken);
    api = WireServer.start(json(200, "[]"));
  }

  @AfterEach
  void stop() {
    controlPanel.close();
    api.close();
  }

  /** Hands out tok-1, tok-2, ... valid for an hour. */
  private void issueToken(HttpExchange exchange) throws IOException {
    int n = issued.incrementAndGet();
    json(
            200,
            "{\"access_token\":\"tok-"
                + n
                + "\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"r-"
                + n
                + "\"}")
        .respond(exchange);
  }

  /** Hands out the next token once {@code release} opens. */
  private WireServer.Responder issueTokenAfter(CountDownLatch release) {
    return exchange -> {
      awaitUninterruptibly(release);
      issueToken(exchange);
    };
  }

  private Comm100Client.Builder oauthClient() {
    return Comm100Client.builder()
        .baseUrl(api.url())
        .tokenUrl(controlPanel.url())
        .oauth("agent@example.com", "s3cret-pass")
        .clock(clock);
  }

  @Test
  void passwordGrantGoesToTheTokenHostAndTheTokenIsReused() {
    Comm100Client comm100 = oauthClient().oauthClientId("client-7").build();

    comm100.customAwayStatuses().listCustomAwayStatuses();
    comm100.customAwayStatuses().listCustomAwayStatuses();

    WireServer.Recorded tokenRequest = controlPanel.takeOnly();
    assertEquals("POST", tokenRequest.method());
    assertEquals("/oauth/token", tokenRequest.rawPath());
    assertTrue(
        tokenRequest.header("Content-Type").startsWith("application/x-www-form-urlencoded"),
        tokenRequest.header("Content-Type"));
    assertNull(tokenRequest.header("Authorization"), "the token request carries no credentials");
    assertEquals(
        Map.of(
            "grant_type", "password",
            "email", "agent@example.com",
            "password", "s3cret-pass",
            "client_id", "client-7"),
        form(tokenRequest.bodyText()));
    List<WireServer.Recorded> calls = api.requests();
    assertEquals(2, calls.size());
    for (WireServer.Recorded call : calls) {
      assertEquals("Bearer tok-1", call.header("Authorization"));
    }
  }

  @Test
  void theTokenServiceCallsTheTokenHostWhateverTheAuthentication() {
    Comm100Client comm100 =
        Comm100Client.builder()
            .baseUrl(api.url())
            .tokenUrl(controlPanel.url())
            .apiKey("agent@example.com", "the-api-key")
            .build();

    AccessToken token =
        comm100.oAuth().createAccessToken(p -> p.email("agent@example.com").password("pw"));

    assertEquals("tok-1", token._accessToken().value().orElseThrow());
    WireServer.Recorded sent = controlPanel.takeOnly();
    assertEquals("/oauth/token", sent.rawPath(), "the Control Panel host, not the API host");
    assertEquals(null, sent.header("Authorization"), "the API key stays off the token call");
    assertEquals(0, api.requests().size());
  }

  @Test
  void tokenIsRenewedShortlyBeforeExpiresInRunsOut() {
    Comm100Client comm100 = oauthClient().build();
    comm100.customAwayStatuses().listCustomAwayStatuses();

    clock.advance(Duration.ofSeconds(3600 - 61)); // more than a minute left: keep it
    comm100.customAwayStatuses().listCustomAwayStatuses();
    assertEquals(1, issued.get());
    assertEquals("Bearer tok-1", api.last().header("Authorization"));

    clock.advance(Duration.ofSeconds(2)); // less than a minute left: renew first
    comm100.customAwayStatuses().listCustomAwayStatuses();
    assertEquals(2, issued.get());
    assertEquals("Bearer tok-2", api.last().header("Authorization"));
  }

  @Test
  void fiftyCallersWithAnExpiredTokenCauseOneTokenRequest() throws Exception {
    Comm100Client comm100 = oauthClient().build();
    comm100.customAwayStatuses().listCustomAwayStatuses();
    clock.advance(Duration.ofHours(2));
    CountDownLatch release = new CountDownLatch(1);
    controlPanel.answer(issueTokenAfter(release));
    api.answer(json(200, "[]"));

    Concurrently<List<CustomAwayStatus>> callers =
        Concurrently.start(CALLERS, () -> comm100.customAwayStatuses().listCustomAwayStatuses());
    // Everyone but the fetching caller waits for its token (or, broken, asks for one too).
    callers.awaitParked(CALLERS - 1, () -> controlPanel.requests().size() > 1);
    release.countDown();
    callers.results();

    assertEquals(1, controlPanel.requests().size(), "token requests");
    assertEquals(CALLERS, api.requests().size());
    for (WireServer.Recorded call : api.requests()) {
      assertEquals("Bearer tok-2", call.header("Authorization"));
    }
  }

  @Test
  void fiftyCallersRefusedWith401CauseOneRenewalAndAreRetried() throws Exception {
    Comm100Client comm100 = oauthClient().build();
    comm100.customAwayStatuses().listCustomAwayStatuses(); // caches tok-1
    CountDownLatch release = new CountDownLatch(1);
    controlPanel.answer(issueTokenAfter(release));
    // The server revoked tok-1, and refuses it only once every caller has sent it: all 50 calls
    // are refused together.
    CountDownLatch allSent = new CountDownLatch(CALLERS);
    api.answer(
        exchange -> {
          if ("Bearer tok-1".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            allSent.countDown();
            awaitUninterruptibly(allSent);
          }
          onlyAccepting("Bearer tok-2").respond(exchange);
        });

    Concurrently<List<CustomAwayStatus>> callers =
        Concurrently.start(CALLERS, () -> comm100.customAwayStatuses().listCustomAwayStatuses());
    callers.awaitParked(CALLERS - 1, () -> controlPanel.requests().size() > 1);
    release.countDown();
    callers.results(); // every caller succeeds: its call was sent again with the new token

    assertEquals(1, controlPanel.requests().size(), "token requests");
    List<String> sent = new ArrayList<>();
    api.requests().forEach(r -> sent.add(r.header("Authorization")));
    assertEquals(CALLERS, sent.stream().filter("Bearer tok-1"::equals).count());
    assertEquals(CALLERS, sent.stream().filter("Bearer tok-2"::equals).count());
  }

  @Test
  void aPostRefusedWith401IsRenewedAndSentAgain() {
    Comm100Client comm100 = oauthClient().build();
    comm100.customAwayStatuses().listCustomAwayStatuses(); // caches tok-1
    api.answer(
        exchange -> {
          if ("Bearer tok-2".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(201, "{\"name\":\"Lunch\"}", "Location", "/api/v3/livechat/customAwayStatus/1")
                .respond(exchange);
          } else {
            // With the challenge a real OAuth server sends.
            json(
                    401,
                    "{\"code\":401000,\"message\":\"token revoked\"}",
                    "WWW-Authenticate",
                    "Bearer")
                .respond(exchange);
          }
        });

    CustomAwayStatus created =
        comm100
            .customAwayStatuses()
            .createCustomAwayStatus(CustomAwayStatus.builder().name("Lunch").build());

    assertEquals("Lunch", created.name());
    List<WireServer.Recorded> calls = api.requests();
    assertEquals(2, calls.size());
    assertEquals("Bearer tok-1", calls.get(0).header("Authorization"));
    assertEquals("Bearer tok-2", calls.get(1).header("Authorization"));
    assertEquals("{\"name\":\"Lunch\"}", calls.get(1).bodyText(), "the body is sent again");
    assertEquals(2, issued.get());
  }

  @Test
  void everyExchangeOfARenewalIsLoggedWithTheSchemeKept() {
    Comm100Client comm100 = oauthClient().logLevel(LogLevel.HEADERS).build();
    comm100.customAwayStatuses().listCustomAwayStatuses(); // caches tok-1
    api.answer(
        exchange -> {
          boolean fresh =
              "Bearer tok-2".equals(exchange.getRequestHeaders().getFirst("Authorization"));
          json(fresh ? 200 : 401, fresh ? "[]" : "{\"code\":401000}").respond(exchange);
        });

    try (LogCapture log = LogCapture.start("TRACE")) {
      comm100.customAwayStatuses().listCustomAwayStatuses();
      String all = String.join("\n", log.lines());
      // The refused request, the token fetch, the resend: each with its answer.
      assertEquals(2, log.linesWith("---> GET ").size(), all);
      assertEquals(1, log.linesWith("[OAuthService.createAccessToken #1] ---> POST ").size(), all);
      assertEquals(1, log.linesWith("<--- 401 ").size(), all);
      assertEquals(2, log.linesWith("<--- 200 ").size(), all);
      assertEquals(
          1,
          log.linesWith("[CustomAwayStatusesService.listCustomAwayStatuses #1] <--- 401").size(),
          all);
      assertEquals(
          1,
          log.linesWith("[CustomAwayStatusesService.listCustomAwayStatuses #2] <--- 200").size(),
          all);
      assertEquals(2, log.linesWith("Authorization: Bearer REDACTED").size(), all);
      assertFalse(
          all.contains("tok-1") || all.contains("tok-2") || all.contains("s3cret-pass"), all);
    }
  }

  @Test
  void aSecond401AfterRenewalReachesTheCallerAfterOneRenewal() {
    Comm100Client comm100 = oauthClient().retryPolicy(RetryPolicy.none()).build();
    api.answer(json(401, "{\"code\":401000,\"message\":\"agent disabled\"}"));

    Comm100Exception.Unauthorized e =
        assertThrows(
            Comm100Exception.Unauthorized.class,
            () -> comm100.customAwayStatuses().listCustomAwayStatuses());

    assertEquals("agent disabled", e.details().vendorMessage().orElseThrow());
    assertEquals(2, issued.get(), "one token, then one renewal");
    assertEquals(2, api.requests().size(), "the call, then one retry");
  }

  @Test
  void refusedPasswordIsUnauthorizedWithTheOAuthErrorAndWithoutThePassword() {
    // The spec's own recorded answer of the token endpoint to a wrong password.
    controlPanel.answer(
        json(
            400,
            "{\"error\":\"invalid_grant\","
                + "\"error_description\":\"The user name or password is incorrect.\"}"));
    Comm100Client comm100 = oauthClient().retryPolicy(RetryPolicy.none()).build();

    Comm100Exception.Unauthorized e =
        assertThrows(
            Comm100Exception.Unauthorized.class,
            () -> comm100.customAwayStatuses().listCustomAwayStatuses());

    assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
    assertEquals(400, e.status());
    assertEquals(Optional.of("invalid_grant"), e.details().vendorCode());
    assertEquals(
        Optional.of("The user name or password is incorrect."), e.details().vendorMessage());
    assertTrue(e.error().isPresent(), "the body is a JSON object: the error model holds it");
    assertEquals(
        Optional.of("invalid_grant"),
        e.errorBody(OAuthTokenError.class).flatMap(OAuthTokenError::error));
    assertTrue(e.details().url().endsWith("/oauth/token"), e.details().url());
    assertFalse(e.getMessage().contains("s3cret-pass"), e.getMessage());
    assertFalse(String.valueOf(e.details()).contains("s3cret-pass"));
    assertEquals(0, api.requests().size(), "no API call without a token");
  }

  @Test
  void otherOAuthErrorsAndApiErrorsKeepTheirOwnKind() {
    controlPanel.answer(json(400, "{\"error\":\"unsupported_grant_type\"}"));
    Comm100Exception.BadRequest refused =
        assertThrows(
            Comm100Exception.BadRequest.class,
            () ->
                oauthClient()
                    .retryPolicy(RetryPolicy.none())
                    .build()
                    .customAwayStatuses()
                    .listCustomAwayStatuses());
    assertEquals(Optional.of("unsupported_grant_type"), refused.details().vendorCode());

    // An API call answering an OAuth-looking body is read by the API's error schema.
    controlPanel.answer(this::issueToken);
    api.answer(json(400, "{\"error\":\"invalid_grant\",\"code\":400001,\"message\":\"bad\"}"));
    Comm100Exception.BadRequest apiError =
        assertThrows(
            Comm100Exception.BadRequest.class,
            () ->
                oauthClient()
                    .retryPolicy(RetryPolicy.none())
                    .build()
                    .customAwayStatuses()
                    .listCustomAwayStatuses());
    assertEquals(Optional.of("400001"), apiError.details().vendorCode());
    assertEquals(Optional.of(400001), apiError.error().flatMap(Comm100Error::code));
  }

  @Test
  void tokensAndPasswordNeverReachTheLog() {
    try (LogCapture log = LogCapture.start()) {
      Comm100Client comm100 = oauthClient().logLevel(LogLevel.FULL).build();
      comm100.customAwayStatuses().listCustomAwayStatuses();

      String text = log.text();
      assertTrue(text.contains("/oauth/token"), "the token exchange is logged: " + text);
      assertTrue(text.contains("Authorization"), "the API call is logged: " + text);
      assertFalse(text.contains("s3cret-pass"), text);
      assertFalse(text.contains("tok-1"), text);
      assertFalse(text.contains("r-1"), text);
    }
  }

  @Test
  void apiKeyIsBasicAuthAndSiteIdGoesOnV4Calls() {
    Comm100Client comm100 =
        Comm100Client.builder()
            .baseUrl(api.url())
            .apiKey("agent@example.com", "key-123")
            .siteId(10000)
            .build();

    comm100.channelAccounts().listChannelAccounts();
    WireServer.Recorded v4 = api.takeOnly();
    comm100.customAwayStatuses().listCustomAwayStatuses();
    WireServer.Recorded v3 = api.takeOnly();

    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("agent@example.com:key-123".getBytes(StandardCharsets.UTF_8));
    assertEquals(basic, v4.header("Authorization"));
    assertEquals("/v4/ticketing/channelAccounts", v4.rawPath());
    assertEquals("siteId=10000", v4.rawQuery());
    assertEquals(basic, v3.header("Authorization"));
    assertNull(v3.rawQuery(), "v3 calls take no siteId");
    assertEquals(0, controlPanel.requests().size());
  }

  @Test
  void platformNumberNamesTheApiHostAndTheControlPanelHost() {
    Comm100Client byPlatform = Comm100Client.builder().platform(1).apiKey("a@b.c", "k").build();
    assertEquals(
        "CustomAwayStatusesService(https://api1.comm100.io)",
        byPlatform.customAwayStatuses().toString());
    assertEquals("https://portal5.comm100.io", Comm100Client.Builder.controlPanel(5).toString());
    assertEquals("https://dash11.comm100.io", Comm100Client.Builder.controlPanel(11).toString());
    // With a platform, OAuth needs no token URL: it is derived.
    Comm100Client.builder().platform(15).oauth("a@b.c", "p").build();
  }

  @Test
  void oauthWithAnExplicitApiUrlNeedsATokenUrl() {
    Comm100Client.Builder builder =
        Comm100Client.builder().baseUrl("https://proxy.example.com").oauth("a@b.c", "p");
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("tokenUrl"), e.getMessage());
  }

  @Test
  void onlyOneWayToAuthenticate() {
    Comm100Client.Builder builder = Comm100Client.builder().apiKey("a@b.c", "k");
    assertThrows(IllegalStateException.class, () -> builder.oauth("a@b.c", "p"));
  }

  @Test
  void tokenUrlAcceptsTheFullEndpoint() {
    Comm100Client comm100 =
        Comm100Client.builder()
            .baseUrl(api.url())
            .tokenUrl(controlPanel.url() + "/oauth/token")
            .oauth("agent@example.com", "s3cret-pass")
            .build();
    comm100.customAwayStatuses().listCustomAwayStatuses();
    assertEquals("/oauth/token", controlPanel.takeOnly().rawPath());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new TreeMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static WireServer.Responder onlyAccepting(String authorization) {
    return exchange -> {
      if (authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        json(200, "[]").respond(exchange);
      } else {
        json(401, "{\"code\":401000,\"message\":\"token revoked\"}").respond(exchange);
      }
    };
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
