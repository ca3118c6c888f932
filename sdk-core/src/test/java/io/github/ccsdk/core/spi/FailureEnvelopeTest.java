package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.testing.WireServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureEnvelopeTest {
  interface Api {
    @RequestLine("GET /read.php?method=x")
    String read();
  }

  private WireServer server;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start();
    api =
        TestClient.forServer(server)
            .interceptor(Auth.query("token", () -> "s3cr3t"))
            .clientDecorator(
                FailureEnvelope.decorator(
                    ExceptionFactory.of(ErrorFormat.json(null, "error"), TestException.FACTORY),
                    "success",
                    error ->
                        "Expired token".equals(error)
                            ? ApiException.Kind.UNAUTHORIZED
                            : ApiException.Kind.BAD_REQUEST))
            .create(Api.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void successFalseThrowsWithTheVendorTextAndTheRealStatus() {
    server.answer(
        WireServer.json(
            200, "{\"success\":false,\"error\":\"Expired token\",\"token\":\"s3cr3t\"}"));

    ApiException e = assertThrows(ApiException.class, api::read);

    assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
    assertEquals(200, e.status());
    assertEquals("Expired token", e.details().vendorMessage().orElseThrow());
    assertEquals("the body says success: false", e.details().problem().orElseThrow());
    String shown = e.getMessage() + e.details() + e.details().bodyExcerpt().orElseThrow();
    assertFalse(shown.contains("s3cr3t"), shown);
    assertTrue(e.details().url().endsWith("token=REDACTED"), e.details().url());
    assertEquals(
        Map.of("success", false, "error", "Expired token", "token", "REDACTED"),
        e.errorBody(Map.class).orElseThrow(),
        "the envelope is kept for typed error models, its secrets redacted");
  }

  @Test
  void anyOtherErrorTextGetsTheKindTheSdkChose() {
    server.answer(WireServer.json(200, "{\"error\":\"No table\",\"success\":0}"));
    assertEquals(ApiException.Kind.BAD_REQUEST, assertThrows(ApiException.class, api::read).kind());
  }

  @Test
  void successTrueAndOtherBodiesPassUnchanged() {
    String ok = "{\"success\":true,\"total\":0}";
    server.answer(WireServer.respond(200, "text/plain", ok));
    assertEquals(ok, api.read());
    server.answer(WireServer.respond(200, "text/plain", "not json at all"));
    assertEquals("not json at all", api.read());
    server.answer(WireServer.respond(200, "text/plain", "[{\"success\":false}]"));
    assertEquals("[{\"success\":false}]", api.read());
  }

  @Test
  void errorStatusesAreLeftToTheErrorDecoder() {
    server.answer(WireServer.json(404, "{\"success\":false,\"error\":\"x\"}"));
    assertEquals(ApiException.Kind.NOT_FOUND, assertThrows(ApiException.class, api::read).kind());
  }
}
