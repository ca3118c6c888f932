package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.Comm100Exception;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.testing.WireServer;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK recorder end to end: each SDK records a session against a real loopback server (which
 * answers with the documented responses of the recordings), the HAR file it writes passes {@code
 * validate}, and no credential of the session appears in it.
 */
class RecorderTest {
  private static final String API_KEY = "c0mm100-api-key-secret";
  private static final String PASSWORD = "c0ntactnow-passw0rd";
  private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
  private static final String APP_ID = "sp-app-id-5ecret";
  private static final String CLIENT_ID = "8c1f9a3e-6a44-4c43-9d0a-3f6f1f0b7a11";

  @TempDir Path dir;

  @Test
  void comm100() throws Exception {
    Path har = dir.resolve("comm100.har");
    try (WireServer server =
        WireServer.start(
            recorded(Vendor.COMM100, "listVisitors.har", 0),
            recorded(Vendor.COMM100, "listChannelAccounts.har", 0),
            recorded(Vendor.COMM100, "errors/getVisitor.har", 3))) {
      Comm100Client client =
          Comm100Client.builder()
              .baseUrl(server.url())
              .apiKey("agent@example.com", API_KEY)
              .siteId(10000)
              .retryPolicy(RetryPolicy.none())
              .recordTo(har)
              .build();
      client.visitors().listVisitors(p -> p.status("chatting"));
      client.channelAccounts().listChannelAccounts(p -> p.include("chatbot"));
      assertThrows(
          Comm100Exception.class,
          () ->
              client
                  .visitors()
                  .getVisitor(UUID.fromString("7273e957-02cb-4c03-a84c-44283fcfd47d")));
      assertConforms(Vendor.COMM100, har, 3, server.url());
    }
    assertNoSecret(har, API_KEY);
  }

  @Test
  void contactNowWithTokenRenewal() throws Exception {
    Path har = dir.resolve("contactnow.har");
    try (WireServer server =
        WireServer.start(
            WireServer.json(
                200, "{\"success\":true,\"token\":\"" + TOKEN + "\",\"expire\":4102444800}"),
            recorded(Vendor.CONTACTNOW, "readOutcomeCodes.har", 0),
            recorded(Vendor.CONTACTNOW, "readQueues.har", 0))) {
      ContactNowClient client =
          ContactNowClient.builder()
              .baseUrl(server.url())
              .credentials("api-user", PASSWORD)
              .recordTo(har)
              .build();
      client.outcomeCodes().list();
      client.queues().list();
      assertConforms(Vendor.CONTACTNOW, har, 3, server.url());
    }
    assertNoSecret(har, PASSWORD, TOKEN);
  }

  @Test
  void servicePattern() throws Exception {
    Path har = dir.resolve("servicepattern.har");
    try (WireServer server =
        WireServer.start(
            recorded(Vendor.SERVICEPATTERN, "checkAvailability.har", 0),
            recorded(Vendor.SERVICEPATTERN, "getActiveChat.har", 0),
            recorded(Vendor.SERVICEPATTERN, "uploadFile.har", 0),
            recorded(Vendor.SERVICEPATTERN, "sendEvents.har", 0))) {
      String base = server.url() + "/clientweb/api/v1";
      ServicePatternClient client =
          ServicePatternClient.builder()
              .baseUrl(base)
              .appId(APP_ID)
              .clientId(CLIENT_ID)
              .tenantUrl("yourcompany.brightpattern.com")
              .recordTo(har)
              .build();
      client.scenarioEntries().checkAvailability();
      client.chats().getActiveChat();
      byte[] photo = "not really a PNG".getBytes(StandardCharsets.UTF_8);
      client
          .chats()
          .resume(UUID.fromString("f5f68c35-ffec-4dcb-8f7f-755b6395a6dc"))
          .sendFile(Upload.of(photo, "photo.png", "image/png"));
      assertConforms(Vendor.SERVICEPATTERN, har, 4, base);

      // The upload is recorded as its parts: the file by name, type, size and digest.
      JsonNode upload = Vendor.entries(har).get(2).at("/request/postData");
      JsonNode file = upload.at("/params/0");
      assertEquals("photo.png", file.path("fileName").asText(), upload.toString());
      assertEquals("image/png", file.path("contentType").asText(), upload.toString());
      assertEquals(photo.length, file.path("_size").asInt(), upload.toString());
      assertEquals(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)),
          file.path("_sha256").asText(),
          upload.toString());
      assertFalse(upload.has("text"), "the raw multipart text is not recorded");
    }
    assertNoSecret(har, APP_ID, CLIENT_ID);
  }

  /** {@code validate --server <base>} accepts every recorded exchange. */
  private static void assertConforms(Vendor vendor, Path har, int entries, String base)
      throws Exception {
    assertEquals(entries, Vendor.entries(har).size(), "recorded exchanges");
    CliTest.Run run =
        CliTest.run(
            "validate", "--spec", vendor.spec().toString(), "--server", base, har.toString());
    assertEquals(List.of(), run.outLines(), "violations in the recording");
    assertEquals(0, run.status(), run.err());
  }

  private static void assertNoSecret(Path har, String... secrets) throws Exception {
    String text = Files.readString(har);
    for (String secret : secrets) {
      assertFalse(text.contains(secret), har.getFileName() + " holds a credential: " + secret);
    }
  }

  /** A responder that answers with the recorded response of one entry of a recording. */
  private static WireServer.Responder recorded(Vendor vendor, String file, int index) {
    JsonNode response =
        Vendor.entries(vendor.recordings().resolve(file)).get(index).get("response");
    String type = response.at("/content/mimeType").asText();
    return WireServer.respond(
        response.get("status").asInt(), type, response.at("/content/text").asText());
  }
}
