package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Non-2xx responses and unreadable 2xx bodies become the SDK's typed exceptions. */
class ErrorDecodingTest {
  interface Api {
    @RequestLine("GET /visitors/{id}?token={token}")
    Visitor get(@Param("id") String id, @Param("token") String token);

    @RequestLine("POST /visitors")
    Visitor create(Visitor visitor);

    @RequestLine("GET /visitors")
    List<Visitor> list();

    @RequestLine("GET /visitors/x")
    Response<Visitor> getWithResponse();
  }

  private static ApiException call(WireServer.Responder responder, TestClient client)
      throws Exception {
    try (WireServer server = WireServer.start(responder)) {
      Api api = client.baseUrl(server.url()).retryPolicy(RetryPolicy.none()).create(Api.class);
      return assertThrows(ApiException.class, () -> api.get("x", "secret-token"));
    }
  }

  private static ApiException call(WireServer.Responder responder) throws Exception {
    return call(responder, new TestClient());
  }

  @Test
  void jsonErrorWithNumericCode() throws Exception {
    ApiException e = call(WireServer.json(404, "{\"code\":404,\"message\":\"Visitor not found\"}"));
    assertInstanceOf(TestException.NotFound.class, e);
    assertEquals(ApiException.Kind.NOT_FOUND, e.kind());
    assertEquals(404, e.status());
    assertEquals(Optional.of("404"), e.details().vendorCode());
    assertEquals(Optional.of("Visitor not found"), e.details().vendorMessage());
    assertTrue(
        e.getMessage()
            .matches(
                "GET http://127\\.0\\.0\\.1:\\d+/visitors/x\\?token=REDACTED"
                    + " -> 404 Not Found: \\[code 404] Visitor not found"),
        e.getMessage());
    assertFalse(e.details().url().contains("secret-token"), e.details().url());
    assertEquals("GET", e.details().method());
  }

  @Test
  void stringCodesInOtherFields() throws Exception {
    TestClient client = new TestClient();
    client.exceptionFactory(
        ExceptionFactory.of(
            ErrorFormat.json("error_code", "error_message"), TestException.FACTORY));
    ApiException e =
        call(
            WireServer.json(
                400, "{\"error_message\":\"Bad session\",\"error_code\":\"E_SESSION\"}"),
            client);
    assertEquals(ApiException.Kind.BAD_REQUEST, e.kind());
    assertEquals(Optional.of("E_SESSION"), e.details().vendorCode());
    assertEquals(Optional.of("Bad session"), e.details().vendorMessage());
  }

  @Test
  void htmlBadGatewayKeepsAnExcerptOnly() throws Exception {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    ApiException e = call(WireServer.respond(502, "text/html", html));
    assertInstanceOf(TestException.ServerError.class, e);
    assertEquals(Optional.empty(), e.details().vendorCode());
    assertEquals(Optional.empty(), e.details().vendorMessage());
    assertEquals(Optional.of(html), e.details().bodyExcerpt());
    assertTrue(e.getMessage().endsWith("-> 502 Bad Gateway"), e.getMessage());
  }

  @Test
  void emptyErrorBody() throws Exception {
    ApiException e = call(WireServer.respond(500, null, ""));
    assertEquals(ApiException.Kind.SERVER_ERROR, e.kind());
    assertEquals(Optional.empty(), e.details().bodyExcerpt());
  }

  @Test
  void hugeErrorBodyIsCutToTheExcerpt() throws Exception {
    String big =
        "{\"code\":\"BIG\",\"message\":\"m\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    ApiException e = call(WireServer.json(503, big));
    assertEquals(2048, e.details().bodyExcerpt().get().length());
    assertEquals(Optional.of("BIG"), e.details().vendorCode(), "fields before the cut are read");
  }

  @Test
  void otherStatusesAndHeaders() throws Exception {
    ApiException e =
        call(
            WireServer.json(
                409,
                "{\"message\":\"exists\",\"password\":\"hunter2\"}",
                "Set-Cookie",
                "session=abc123",
                "X-Request-Id",
                "r-1"));
    assertEquals(ApiException.Kind.HTTP_ERROR, e.kind());
    assertEquals(List.of("REDACTED"), e.details().headers().get("set-cookie"));
    assertEquals(List.of("r-1"), e.details().headers().get("x-request-id"));
    assertFalse(e.details().bodyExcerpt().get().contains("hunter2"));
    assertTrue(e.getMessage().contains("-> 409 Conflict: exists"), e.getMessage());
  }

  @Test
  void unauthorizedOnAStreamedPost() throws Exception {
    // HttpURLConnection dropped the body of a 401 that answers a request with a body; the
    // default java.net.http transport keeps it, vendor fields included.
    try (WireServer server =
        WireServer.start(
            WireServer.json(
                401, "{\"code\":\"AUTH\"}", "WWW-Authenticate", "Basic realm=\"api\""))) {
      Api api = TestClient.forServer(server).create(Api.class);
      ApiException e =
          assertThrows(ApiException.class, () -> api.create(Visitor.builder().name("A").build()));
      assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
      assertEquals(401, e.status());
      assertEquals(Optional.of("AUTH"), e.details().vendorCode());
      assertEquals(
          List.of("REDACTED"), e.details().headers().get("www-authenticate"), "auth header");
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void retryAfterIsReported() throws Exception {
    ApiException e = call(WireServer.json(429, "{}", "Retry-After", "7"));
    assertInstanceOf(TestException.RateLimited.class, e);
    assertEquals(Optional.of(Duration.ofSeconds(7)), e.details().retryAfter());
  }

  @Test
  void redirectIsNotFollowed() throws Exception {
    ApiException e =
        call(WireServer.respond(302, null, "", "Location", "http://elsewhere.invalid/x"));
    assertEquals(ApiException.Kind.HTTP_ERROR, e.kind());
    assertEquals(302, e.status());
  }

  @Test
  void htmlWherJsonWasPromised() throws Exception {
    ApiException e = call(WireServer.respond(200, "text/html", "<html>maintenance</html>"));
    assertInstanceOf(TestException.UnexpectedResponse.class, e);
    assertEquals(200, e.status());
    assertEquals(Optional.of("<html>maintenance</html>"), e.details().bodyExcerpt());
    assertTrue(
        e.details().problem().get().startsWith("expected JSON but the response is text/html"));
    assertTrue(
        e.getMessage().contains("-> 200 OK: unexpected response: expected JSON"), e.getMessage());
  }

  @Test
  void truncatedJson() throws Exception {
    ApiException e = call(WireServer.json(200, "{\"id\":\"6c1b1c38-6f5e"));
    assertEquals(ApiException.Kind.UNEXPECTED_RESPONSE, e.kind());
    assertTrue(e.details().problem().get().contains("ends too early"), e.details().problem().get());
  }

  @Test
  void malformedJsonAndTrailingGarbage() throws Exception {
    assertEquals(
        ApiException.Kind.UNEXPECTED_RESPONSE, call(WireServer.json(200, "{\"id\": nope}")).kind());
    assertEquals(
        ApiException.Kind.UNEXPECTED_RESPONSE, call(WireServer.json(200, "{} <html>")).kind());
  }

  @Test
  void emptyBodyWhereOneWasRequired() throws Exception {
    ApiException e = call(WireServer.respond(200, "application/json", ""));
    assertEquals(ApiException.Kind.UNEXPECTED_RESPONSE, e.kind());
    assertEquals(
        Optional.of("the response has no body, but Visitor was expected"), e.details().problem());
  }

  @Test
  void wrongShapeNamesTheType() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "{\"a\":1}"))) {
      Api api = new TestClient().baseUrl(server.url()).create(Api.class);
      ApiException e = assertThrows(ApiException.class, api::list);
      assertEquals(ApiException.Kind.UNEXPECTED_RESPONSE, e.kind());
      assertTrue(
          e.details().problem().get().contains("List<Visitor>"), e.details().problem().get());
    }
  }

  @Test
  void responseWrapperAllowsAnEmptyBody() throws Exception {
    try (WireServer server = WireServer.start(WireServer.respond(200, null, ""))) {
      Api api = new TestClient().baseUrl(server.url()).create(Api.class);
      Response<Visitor> r = api.getWithResponse();
      assertEquals(200, r.status());
      assertNull(r.body());
    }
  }

  /** An API whose token endpoint answers RFC 6749 errors, and whose other calls do not. */
  interface OAuthApi {
    @RequestLine("POST /oauth/token?grant=password")
    Visitor token();

    @RequestLine("GET /visitors/{id}")
    Visitor get(@Param("id") String id);
  }

  private static final ErrorFormat WITH_TOKEN_ENDPOINT =
      ErrorFormat.json("code", "message")
          .withOperation("POST /oauth/token", ErrorFormat.oauth2("error", "error_description"));

  private static ApiException callOAuth(
      WireServer.Responder responder, java.util.function.Consumer<OAuthApi> call) throws Exception {
    try (WireServer server = WireServer.start(responder)) {
      OAuthApi api =
          TestClient.forServer(server)
              .exceptionFactory(ExceptionFactory.of(WITH_TOKEN_ENDPOINT, TestException.FACTORY))
              .retryPolicy(RetryPolicy.none())
              .create(OAuthApi.class);
      return assertThrows(ApiException.class, () -> call.accept(api));
    }
  }

  @Test
  void refusedGrantOnTheTokenEndpointIsUnauthorized() throws Exception {
    ApiException e =
        callOAuth(
            WireServer.json(
                400, "{\"error\":\"invalid_grant\",\"error_description\":\"Wrong password.\"}"),
            OAuthApi::token);
    assertInstanceOf(TestException.Unauthorized.class, e);
    assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
    assertEquals(400, e.status(), "the status stays what the server sent");
    assertEquals(Optional.of("invalid_grant"), e.details().vendorCode());
    assertEquals(Optional.of("Wrong password."), e.details().vendorMessage());

    for (String code : List.of("invalid_client", "unauthorized_client")) {
      assertEquals(
          ApiException.Kind.UNAUTHORIZED,
          callOAuth(WireServer.json(400, "{\"error\":\"" + code + "\"}"), OAuthApi::token).kind(),
          code);
    }
  }

  @Test
  void otherOAuthErrorsAndOtherOperationsKeepTheirStatusKind() throws Exception {
    ApiException malformed =
        callOAuth(WireServer.json(400, "{\"error\":\"unsupported_grant_type\"}"), OAuthApi::token);
    assertEquals(ApiException.Kind.BAD_REQUEST, malformed.kind());
    assertEquals(Optional.of("unsupported_grant_type"), malformed.details().vendorCode());

    // Not the token endpoint: its format is the API's, and "error" means nothing there.
    ApiException api =
        callOAuth(
            WireServer.json(400, "{\"error\":\"invalid_grant\",\"code\":400001}"), a -> a.get("x"));
    assertEquals(ApiException.Kind.BAD_REQUEST, api.kind());
    assertEquals(Optional.of("400001"), api.details().vendorCode());
  }

  @Test
  void errorBodyDecodesTheKeptBodyOnceAndNeverThrows() throws Exception {
    ApiException e =
        call(
            WireServer.json(
                409, "{\"name\":\"taken\",\"visits\":\"many\",\"password\":\"hunter2\"}"));
    Visitor body = e.errorBody(Visitor.class).orElseThrow();
    assertEquals(Optional.of("taken"), body.name());
    assertEquals(Optional.of("REDACTED"), body.password(), "secrets stay redacted");
    assertTrue(e.errorBody(Visitor.class).orElseThrow() == body, "decoded once");
    assertEquals(Optional.empty(), e.errorBody(Integer.class), "not that shape: empty");
    assertTrue(e.errorBody(Visitor.class).isPresent(), "asking for another type changes nothing");

    assertEquals(
        Optional.empty(),
        call(WireServer.respond(502, "text/html", "<html>bad gateway</html>"))
            .errorBody(Visitor.class));
    assertEquals(
        Optional.empty(),
        call(WireServer.json(400, "[{\"name\":\"x\"}]")).errorBody(Visitor.class));
    assertEquals(Optional.empty(), call(WireServer.respond(500, null, "")).errorBody(Map.class));
    String big = "{\"code\":\"BIG\",\"pad\":\"" + "x".repeat(20 * 1024) + "\"}";
    assertEquals(
        Optional.empty(),
        call(WireServer.json(400, big)).errorBody(Map.class),
        "a body too long to keep is not kept");
  }

  @Test
  void errorFormatRefusesWhatCannotBeRead() {
    assertThrows(IllegalArgumentException.class, () -> ErrorFormat.json(null, null));
    assertThrows(IllegalArgumentException.class, () -> ErrorFormat.json("", "message"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ErrorFormat.none().withOperation("/oauth/token", ErrorFormat.none()));
    assertThrows(
        IllegalArgumentException.class,
        () -> ErrorFormat.none().withOperation("POST /oauth/token", WITH_TOKEN_ENDPOINT));
  }

  @Test
  void kindForStatus() {
    assertEquals(ApiException.Kind.IO, ApiException.Kind.forStatus(0));
    assertEquals(ApiException.Kind.UNEXPECTED_RESPONSE, ApiException.Kind.forStatus(204));
    assertEquals(ApiException.Kind.HTTP_ERROR, ApiException.Kind.forStatus(304));
    assertEquals(ApiException.Kind.BAD_REQUEST, ApiException.Kind.forStatus(400));
    assertEquals(ApiException.Kind.UNAUTHORIZED, ApiException.Kind.forStatus(401));
    assertEquals(ApiException.Kind.FORBIDDEN, ApiException.Kind.forStatus(403));
    assertEquals(ApiException.Kind.NOT_FOUND, ApiException.Kind.forStatus(404));
    assertEquals(ApiException.Kind.HTTP_ERROR, ApiException.Kind.forStatus(422));
    assertEquals(ApiException.Kind.RATE_LIMITED, ApiException.Kind.forStatus(429));
    assertEquals(ApiException.Kind.SERVER_ERROR, ApiException.Kind.forStatus(599));
    assertEquals(ApiException.Kind.HTTP_ERROR, ApiException.Kind.forStatus(600));
  }

  @Test
  void detailsBuilderRedactsAndCuts() {
    ApiException.Details d =
        ApiException.Details.builder(
                ApiException.Kind.NOT_FOUND, "GET", "https://u:p@h.example/x?password=p&a=1")
            .status(404)
            .bodyExcerpt("y".repeat(3000))
            .headers(java.util.Map.of("Authorization", List.of("Bearer secret-t")))
            .build();
    assertEquals("https://h.example/x?password=REDACTED&a=1", d.url());
    assertEquals(2048, d.bodyExcerpt().get().length());
    assertEquals(List.of("Bearer REDACTED"), d.headers().get("authorization"), "scheme kept");
    assertFalse(d.toString().contains("secret-t"));
  }
}
