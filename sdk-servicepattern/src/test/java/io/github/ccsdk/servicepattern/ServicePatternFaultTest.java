package io.github.ccsdk.servicepattern;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.testing.FaultSuite;
import io.github.ccsdk.core.testing.WireServer;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared fault and bad-input suite, on ServicePattern. */
class ServicePatternFaultTest
    extends FaultSuite<ServicePatternClient.Builder, ServicePatternClient> {
  private static final String APP_ID = "app-Secret-5521";

  @Override
  protected Class<? extends ApiException> exceptionType() {
    return ServicePatternException.class;
  }

  @Override
  protected ServicePatternClient.Builder builder(String baseUrl) {
    return ServicePatternClient.builder()
        .baseUrl(baseUrl)
        .tenantUrl("example.brightpattern.com")
        .appId("app-1");
  }

  @Override
  protected ServicePatternClient.Builder secretBuilder(String baseUrl, String tokenUrl) {
    return ServicePatternClient.builder()
        .baseUrl(baseUrl)
        .tenantUrl("example.brightpattern.com")
        .appId(APP_ID);
  }

  @Override
  protected List<String> secrets() {
    return List.of(APP_ID);
  }

  @Override
  protected WireServer.Responder tokenServer() {
    return json(404, "{}"); // no token endpoint: the app id is the credential
  }

  @Override
  protected ServicePatternClient build(ServicePatternClient.Builder builder) {
    return builder.build();
  }

  @Override
  protected Object get(ServicePatternClient client) {
    return client.chats().getActiveChat();
  }

  @Override
  protected String getOk() {
    return "{\"chat_id\":\"f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9\",\"state\":\"active\"}";
  }

  @Override
  protected Object post(ServicePatternClient client) {
    return client.chats().start(ChatRequest.builder().from("Ann").build());
  }

  @Override
  protected String postOk() {
    return "{\"chat_id\":\"f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9\"}";
  }

  /**
   * Found by the fuzz test: chats().start (then requestChat) let the accessor's
   * InvalidDataException escape.
   */
  @Test
  void aChatAnswerWithoutAUsableChatIdIsAnUnexpectedResponse() throws IOException {
    for (String body : List.of("{\"chat_id\":\"not-a-uuid\"}", "{}", "{\"chat_id\":7}")) {
      try (WireServer server = WireServer.start(json(200, body))) {
        ServicePatternClient sp = builder(server.url()).build();
        ApiException e = fails(() -> sp.chats().start(ChatRequest.builder().from("Ann").build()));
        assertEquals(ApiException.Kind.UNEXPECTED_RESPONSE, e.kind());
        assertEquals(1, server.requests().size(), "the POST is not sent again");
      }
    }
  }
}
