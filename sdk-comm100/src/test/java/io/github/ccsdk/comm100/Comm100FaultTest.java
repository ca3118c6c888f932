package io.github.ccsdk.comm100;

import static io.github.ccsdk.core.testing.WireServer.json;

import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.testing.FaultSuite;
import io.github.ccsdk.core.testing.WireServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared fault and bad-input suite, on Comm100. */
class Comm100FaultTest extends FaultSuite<Comm100Client.Builder, Comm100Client> {
  private static final String PASSWORD = "pw-Secret-8812";
  private static final String API_KEY = "key-Secret-4410";
  private static final String TOKEN = "tok-Secret-7731";
  private static final String REFRESH = "refresh-Secret-9917";

  @Override
  protected Class<? extends ApiException> exceptionType() {
    return Comm100Exception.class;
  }

  @Override
  protected Comm100Client.Builder builder(String baseUrl) {
    return Comm100Client.builder().baseUrl(baseUrl).apiKey("agent@example.com", API_KEY);
  }

  @Override
  protected Comm100Client.Builder secretBuilder(String baseUrl, String tokenUrl) {
    return Comm100Client.builder()
        .baseUrl(baseUrl)
        .tokenUrl(tokenUrl)
        .oauth("agent@example.com", PASSWORD);
  }

  @Override
  protected List<String> secrets() {
    return List.of(PASSWORD, TOKEN, REFRESH);
  }

  @Override
  protected WireServer.Responder tokenServer() {
    return json(
        200,
        "{\"access_token\":\""
            + TOKEN
            + "\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\""
            + REFRESH
            + "\"}");
  }

  @Override
  protected Comm100Client build(Comm100Client.Builder builder) {
    return builder.build();
  }

  @Override
  protected Object get(Comm100Client client) {
    return client.customAwayStatuses().listCustomAwayStatuses();
  }

  @Override
  protected String getOk() {
    return "[{\"id\":\"5b1c\",\"name\":\"Lunch\",\"isEnabled\":true,\"order\":1}]";
  }

  @Override
  protected Object post(Comm100Client client) {
    return client
        .customAwayStatuses()
        .createCustomAwayStatus(CustomAwayStatus.builder().name("Lunch").build());
  }

  @Override
  protected String postOk() {
    return "{\"id\":\"5b1c\",\"name\":\"Lunch\",\"isEnabled\":true,\"order\":1}";
  }

  /** The API key path: neither the key nor the Basic credentials it makes may show anywhere. */
  @Test
  void theApiKeyAppearsInNoLogExceptionToStringOrRecording() throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(("agent@example.com:" + API_KEY).getBytes(StandardCharsets.UTF_8));
    assertSecretsNeverShow(this::builder, List.of(API_KEY, basic));
  }
}
