package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.testing.TestClock;
import io.github.ccsdk.core.testing.WireServer;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenRenewalTest {
  interface Api {
    @RequestLine("GET /things?page=2")
    String things();

    @RequestLine("POST /things")
    String create(String body);

    @Unauthenticated
    @RequestLine("GET /open")
    String open();
  }

  private final AtomicInteger fetches = new AtomicInteger();
  private final TokenCache tokens =
      TokenCache.create(
          () -> TokenCache.Token.withoutExpiry(fetches.incrementAndGet() == 1 ? "a+b/1" : "c=d&2"),
          new TestClock(Instant.EPOCH));
  private WireServer server;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Api bearer() {
    return TestClient.forServer(server)
        .interceptor(Auth.bearer(tokens::get))
        .clientDecorator(
            TokenRenewal.decorator(
                tokens,
                TokenRenewal.Placement.header("Authorization", "Bearer "),
                TokenRenewal.Refusal.status(401)))
        .create(Api.class);
  }

  private Api query() {
    return TestClient.forServer(server)
        .interceptor(Auth.query("token", tokens::get))
        .clientDecorator(
            TokenRenewal.decorator(
                tokens,
                TokenRenewal.Placement.query("token"),
                TokenRenewal.Refusal.jsonProperty("error", Set.of("Expired token"))))
        .create(Api.class);
  }

  @Test
  void a401IsRenewedAndSentAgainWithTheNewToken() {
    server.answer(
        exchange ->
            ("Bearer c=d&2".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    ? WireServer.respond(200, "text/plain", "ok")
                    : WireServer.json(401, "{}"))
                .respond(exchange));

    assertEquals("ok", bearer().create("payload"));

    assertEquals(2, server.requests().size());
    assertEquals("Bearer a+b/1", server.requests().get(0).header("Authorization"));
    assertEquals("Bearer c=d&2", server.requests().get(1).header("Authorization"));
    assertEquals("\"payload\"", server.requests().get(1).bodyText(), "the same body, again");
  }

  @Test
  void aSecondRefusalGoesToTheCaller() {
    server.answer(WireServer.json(401, "{\"code\":1,\"message\":\"no\"}"));
    ApiException e = assertThrows(ApiException.class, () -> bearer().things());
    assertEquals(401, e.status());
    assertEquals(2, server.requests().size());
    assertEquals(2, fetches.get());
  }

  @Test
  void aRenewalThatBringsBackTheRefusedTokenSendsNothingMore() {
    TokenCache same =
        TokenCache.create(
            () -> {
              fetches.incrementAndGet();
              return TokenCache.Token.withoutExpiry("same");
            },
            new TestClock(Instant.EPOCH));
    Api api =
        TestClient.forServer(server)
            .interceptor(Auth.bearer(same::get))
            .clientDecorator(
                TokenRenewal.decorator(
                    same,
                    TokenRenewal.Placement.header("Authorization", "Bearer "),
                    TokenRenewal.Refusal.status(401)))
            .create(Api.class);
    server.answer(WireServer.json(401, "{}"));

    assertEquals(401, assertThrows(ApiException.class, api::things).status());
    assertEquals(1, server.requests().size());
    assertEquals(2, fetches.get(), "the token, then the renewal that brought it back");
  }

  @Test
  void callsWithoutTheTokenAreLeftAlone() {
    server.answer(WireServer.json(401, "{}"));
    assertThrows(ApiException.class, () -> bearer().open());
    assertNull(server.takeOnly().header("Authorization"));
    assertEquals(0, fetches.get());
  }

  @Test
  void aRefusalInTheBodyRenewsTheTokenInTheQueryKeepingTheOtherParameters() {
    server.answer(
        exchange ->
            (exchange.getRequestURI().getRawQuery().contains("token=a%2Bb%2F1")
                    ? WireServer.json(200, "{\"success\":false,\"error\":\"Expired token\"}")
                    : WireServer.respond(200, "text/plain", "fresh"))
                .respond(exchange));

    assertEquals("fresh", query().things());

    assertEquals("page=2&token=a%2Bb%2F1", server.requests().get(0).rawQuery());
    assertEquals("page=2&token=c%3Dd%262", server.requests().get(1).rawQuery());
  }

  @Test
  void aLongBodyReachesTheCallerWholeAfterThePeek() {
    StringBuilder big = new StringBuilder("{\"success\":true,\"list\":[");
    for (int i = 0; i < 5000; i++) {
      big.append(i == 0 ? "" : ",").append("\"item ").append(i).append('"');
    }
    String body = big.append("]}").toString();
    server.answer(WireServer.respond(200, "text/plain", body));

    assertEquals(body, query().things());
    assertEquals(1, server.requests().size());
  }
}
