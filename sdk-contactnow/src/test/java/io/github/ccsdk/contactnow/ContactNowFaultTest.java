package io.github.ccsdk.contactnow;

import static io.github.ccsdk.core.testing.WireServer.json;

import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.testing.FaultSuite;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared fault and bad-input suite, on ContactNow. */
class ContactNowFaultTest extends FaultSuite<ContactNowClient.Builder, ContactNowClient> {
  private static final String PASSWORD = "pw-Secret-8812";
  private static final String TOKEN = "7f3a9c0e5b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a";

  @Override
  protected Class<? extends ApiException> exceptionType() {
    return ContactNowException.class;
  }

  @Override
  protected ContactNowClient.Builder builder(String baseUrl) {
    return ContactNowClient.builder().baseUrl(baseUrl).token(() -> "test-token");
  }

  @Override
  protected ContactNowClient.Builder secretBuilder(String baseUrl, String tokenUrl) {
    return ContactNowClient.builder().baseUrl(baseUrl).credentials("api-user", PASSWORD);
  }

  @Override
  protected List<String> secrets() {
    return List.of(PASSWORD, TOKEN);
  }

  @Override
  protected WireServer.Responder tokenServer() {
    return json(200, "{\"success\":true,\"token\":\"" + TOKEN + "\",\"expire\":4102444800}");
  }

  @Override
  protected ContactNowClient build(ContactNowClient.Builder builder) {
    return builder.build();
  }

  @Override
  protected Object get(ContactNowClient client) {
    return client.outcomeCodes().list();
  }

  @Override
  protected String getOk() {
    return "{\"success\":true,\"total\":1,\"list\":[{\"outcome\":\"510456\",\"description\":\"Sales"
        + " Completed\"}]}";
  }

  @Override
  protected Object post(ContactNowClient client) {
    return client
        .records()
        .create(
            List.of(ContactRecordInput.builder().dataset(351).homePhone("01234567890").build()));
  }

  @Override
  protected String postOk() {
    return "{\"success\":true,\"account_id\":\"10278\",\"total\":1,\"bad\":0,\"key\":2499265,"
        + "\"info\":\"Record NOT live on the dialer.\"}";
  }

  @Test
  void writeEnvelopesWithUnexpectedTypesAreDecodedOrTyped() throws IOException {
    for (String body :
        List.of(
            "{\"success\":true,\"total\":\"one\",\"bad\":\"none\"}",
            "{\"success\":\"yes\",\"total\":1,\"bad\":0}",
            "{\"success\":true,\"total\":1,\"bad\":[]}",
            "{\"success\":true}",
            "[]")) {
      try (WireServer server = WireServer.start(json(200, body))) {
        ContactNowClient contactNow = builder(server.url()).build();
        outcomeIsTyped(() -> post(contactNow));
      }
    }
  }
}
