package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay server on its own: what it answers, in which order, and what its 501 says. */
class ReplayServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void answersARecordedRequestWithItsRecordedResponse() throws Exception {
    Path har = Vendor.CONTACTNOW.recordings().resolve("readOutcomeCodes.har");
    try (ReplayServer server = ReplayServer.start(Vendor.CONTACTNOW.spec(), List.of(har), 0)) {
      assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
      JsonNode recorded = Vendor.entries(har).get(0);
      String query = recorded.path("request").path("url").asText().split("\\?", 2)[1];
      // Another token than the recorded (redacted) one, and the pairs in another order.
      String reordered =
          String.join(
              "&", reverse(query.replace("token=REDACTED", "token=my-own-token").split("&")));
      HttpResponse<String> response = get(server.url() + "/database.php?" + reordered);
      assertEquals(200, response.statusCode());
      assertEquals(
          "application/json; charset=utf-8",
          response.headers().firstValue("Content-Type").orElse(null));
      assertEquals(
          recorded.path("response").path("content").path("text").asText(), response.body());
    }
  }

  @Test
  void anythingElseGets501SayingWhatWasAskedAndWhatIsRecorded() throws Exception {
    Path har = Vendor.CONTACTNOW.recordings().resolve("readOutcomeCodes.har");
    try (ReplayServer server = ReplayServer.start(Vendor.CONTACTNOW.spec(), List.of(har), 0)) {
      HttpResponse<String> response =
          get(
              server.url()
                  + "/database.php?method=outcomecodes&action=read&format=xml&token=s3cret");
      assertEquals(501, response.statusCode());
      assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
      assertFalse(
          response.body().contains("s3cret"), "the 501 echoes no credential: " + response.body());
      JsonNode body = JsonMapper.builder().build().readTree(response.body());
      String explanation =
          "no recorded exchange matches this request; closest "
              + har
              + "#0 (readOutcomeCodes): query differs: recorded format=json, this request has"
              + " format=xml";
      assertEquals(explanation, body.get("error").asText());
      // Under each vendor's message field too, so SDK exception messages carry it; and a header.
      assertEquals(explanation, body.get("message").asText());
      assertEquals(explanation, body.get("error_message").asText());
      assertEquals(explanation, body.get("error_description").asText());
      assertEquals(explanation, response.headers().firstValue("X-Ccsdk-Mismatch").orElse(null));
      assertEquals("GET", body.at("/request/method").asText());
      assertEquals("/database.php", body.at("/request/path").asText());
      assertEquals(
          "method=outcomecodes&action=read&format=xml&token=REDACTED",
          body.at("/request/query").asText());
      assertEquals("readOutcomeCodes", body.at("/request/operationId").asText());
      JsonNode first = body.get("recorded").get(0);
      assertEquals(har + "#0", first.get("entry").asText());
      assertEquals("readOutcomeCodes", first.get("operationId").asText());
      assertEquals(
          "query differs: recorded format=json, this request has format=xml",
          first.get("mismatch").asText());
      assertEquals(Vendor.entries(har).size(), body.get("recorded").size());
    }
  }

  @Test
  void identicalRequestsAreAnsweredInRecordedOrderAndTheLastRepeats() throws Exception {
    Path har =
        write(
            "poll.har",
            "{\"log\":{\"entries\":["
                + poll("{\"events\":[{\"event\":\"chat_session_typing\"}]}")
                + ","
                + poll("{\"events\":[{\"event\":\"chat_session_ended\"}]}")
                + "]}}");
    try (ReplayServer server = ReplayServer.start(Vendor.SERVICEPATTERN.spec(), List.of(har), 0)) {
      String url =
          server.url() + "/clientweb/api/v1/chats/f5f68c35-ffec-4dcb-8f7f-755b6395a6dc/events";
      assertTrue(get(url).body().contains("chat_session_typing"));
      assertTrue(get(url).body().contains("chat_session_ended"));
      assertTrue(get(url).body().contains("chat_session_ended"));
    }
  }

  @Test
  void bodiesMatchAsJsonValuesAndOtherwiseSayWhereTheyDiffer() throws Exception {
    Path har = Vendor.COMM100.recordings().resolve("createCustomAwayStatus.har");
    try (ReplayServer server = ReplayServer.start(Vendor.COMM100.spec(), List.of(har), 0)) {
      String url = server.url() + "/api/v3/livechat/customAwayStatus";
      HttpResponse<String> ok = post(url, "{ \"name\" : \"agentAwayStatuses11\" }");
      assertEquals(201, ok.statusCode(), ok.body());
      assertEquals(
          "https://api1.comm100.io/api/v3/livechat/customAwayStatus/d4f6ba7f-9bb6-c509-8bb9-0705b3e500f2",
          ok.headers().firstValue("Location").orElse(null));
      HttpResponse<String> other = post(url, "{\"name\":\"Lunch\"}");
      assertEquals(501, other.statusCode());
      assertTrue(other.body().contains("\"mismatch\" : \"body differs at /name\""), other.body());
    }
  }

  /** A status named "Lunch" against the seed recording alone, which names another status. */
  @Test
  void anSdkExceptionSaysWhatDiffered() throws Exception {
    Path har = Vendor.COMM100.recordings().resolve("createCustomAwayStatus.har");
    try (ReplayServer server = ReplayServer.start(Vendor.COMM100.spec(), List.of(har), 0)) {
      Comm100Client comm100 =
          Comm100Client.builder()
              .baseUrl(server.url())
              .accessToken(() -> "any-token")
              .retryPolicy(RetryPolicy.none())
              .build();
      ApiException e =
          assertThrows(
              ApiException.class,
              () ->
                  comm100
                      .customAwayStatuses()
                      .createCustomAwayStatus(CustomAwayStatus.builder().name("Lunch").build()));
      assertEquals(501, e.details().status());
      assertTrue(
          e.getMessage()
              .contains(
                  "no recorded exchange matches this request; closest "
                      + har
                      + "#0 (createCustomAwayStatus): body differs at /name"),
          e.getMessage());
    }
  }

  /** The README's ContactNow example creates a record the recordings do not have. */
  @Test
  void aContactNowExceptionSaysWhatDiffered() throws Exception {
    Path har = Vendor.CONTACTNOW.recordings().resolve("createRecords.har");
    try (ReplayServer server = ReplayServer.start(Vendor.CONTACTNOW.spec(), List.of(har), 0)) {
      ContactNowClient contactNow =
          ContactNowClient.builder()
              .baseUrl(server.url())
              .token(() -> "any-token")
              .retryPolicy(RetryPolicy.none())
              .build();
      ApiException e =
          assertThrows(
              ApiException.class,
              () ->
                  contactNow
                      .records()
                      .create(
                          List.of(
                              ContactRecordInput.builder()
                                  .dataset(351)
                                  .homePhone("01234567890")
                                  .build())));
      assertTrue(
          e.getMessage()
              .contains(
                  "no recorded exchange matches this request; closest "
                      + har
                      + "#0 (createRecords): body differs"),
          e.getMessage());
    }
  }

  /** With examples, a valid request no recording matches gets the spec's example answer. */
  @Test
  void examplesAnswerAValidRequestNoRecordingMatches() throws Exception {
    Path har = Vendor.COMM100.recordings().resolve("createCustomAwayStatus.har");
    Spec spec = Spec.load(Vendor.COMM100.spec());
    try (ReplayServer server = ReplayServer.start(spec, List.of(har), 0, true, line -> {}, null)) {
      String url = server.url() + "/api/v3/livechat/customAwayStatus";
      HttpResponse<String> recorded = post(url, "{\"name\":\"agentAwayStatuses11\"}", true);
      assertEquals(201, recorded.statusCode(), recorded.body());
      assertEquals(Optional.empty(), recorded.headers().firstValue("X-Ccsdk-Source"));

      HttpResponse<String> example = post(url, "{\"name\":\"Dinner\"}", true);
      assertEquals(201, example.statusCode(), example.body());
      assertEquals("example", example.headers().firstValue("X-Ccsdk-Source").orElse(null));
      assertEquals("application/json", example.headers().firstValue("Content-Type").orElse(null));
      String op = "/paths/~1api~1v3~1livechat~1customAwayStatus/post/responses/201";
      assertEquals(
          spec.at(op + "/content/application~1json/example"),
          JsonMapper.builder().build().readTree(example.body()));
      assertEquals(
          spec.at("/components/headers/Location/example").asText(),
          example.headers().firstValue("Location").orElse(null));

      // An operation with no recording at all answers from its examples too.
      HttpResponse<String> chatting =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(server.url() + "/api/v3/livechat/visitors/chatting"))
                  .header("Authorization", "Bearer any-token")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, chatting.statusCode(), chatting.body());
      assertEquals(
          spec.at(
              "/paths/~1api~1v3~1livechat~1visitors~1chatting/get/responses/200/content"
                  + "/application~1json/example"),
          JsonMapper.builder().build().readTree(chatting.body()));
    }
  }

  /** Under a base path of the spec's servers that no recording has (API v2; these are v1). */
  @Test
  void examplesAnswerUnderTheSpecsServerPaths() throws Exception {
    Path har = Vendor.SERVICEPATTERN.recordings().resolve("getNewChatEvents.har");
    Spec spec = Spec.load(Vendor.SERVICEPATTERN.spec());
    try (ReplayServer server = ReplayServer.start(spec, List.of(har), 0, true, line -> {}, null)) {
      HttpResponse<String> events =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          server.url()
                              + "/clientweb/api/v2/chats/3c2b1a09-8f7e-4d6c-b5a4-938271605f4e"
                              + "/events?tenantUrl=yourcompany.brightpattern.com"))
                  .header("Authorization", "MOBILE-API-140-327-PLAIN appId=\"a\", clientId=\"b\"")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, events.statusCode(), events.body());
      assertEquals("example", events.headers().firstValue("X-Ccsdk-Source").orElse(null));
      assertEquals(
          Examples.of(spec, operation(spec, "getNewChatEvents")).source(),
          "/paths/~1chats~1{chatId}~1events/get/responses/200/content/application~1json/examples/"
              + spec.at(
                      "/paths/~1chats~1{chatId}~1events/get/responses/200/content"
                          + "/application~1json/examples")
                  .fieldNames()
                  .next()
              + "/value");
      assertEquals(
          spec.at(Examples.of(spec, operation(spec, "getNewChatEvents")).source()),
          JsonMapper.builder().build().readTree(events.body()));
    }
  }

  /** With examples, a request the spec refuses still gets the 501, saying what is wrong. */
  @Test
  void examplesAnswerNoInvalidRequest() throws Exception {
    Path har = Vendor.COMM100.recordings().resolve("createCustomAwayStatus.har");
    Spec spec = Spec.load(Vendor.COMM100.spec());
    try (ReplayServer server = ReplayServer.start(spec, List.of(har), 0, true, line -> {}, null)) {
      String url = server.url() + "/api/v3/livechat/customAwayStatus";
      HttpResponse<String> wrongType = post(url, "{\"name\":42}", true);
      assertEquals(501, wrongType.statusCode(), wrongType.body());
      String mismatch = wrongType.headers().firstValue("X-Ccsdk-Mismatch").orElse("");
      assertTrue(
          mismatch.contains("the spec's examples answer only a valid request: request body /name"),
          mismatch);
      JsonNode body = JsonMapper.builder().build().readTree(wrongType.body());
      assertTrue(
          body.at("/invalid/0").asText().startsWith("request body /name: "), wrongType.body());

      HttpResponse<String> noCredentials = post(url, "{\"name\":\"Dinner\"}", false);
      assertEquals(501, noCredentials.statusCode());
      assertTrue(noCredentials.body().contains("request credentials: "), noCredentials.body());

      HttpResponse<String> nothing = get(server.url() + "/api/v3/nothing");
      assertEquals(501, nothing.statusCode());
      assertTrue(
          nothing.headers().firstValue("X-Ccsdk-Mismatch").orElse("").contains("operation: "),
          nothing.body());
      assertEquals(Optional.empty(), nothing.headers().firstValue("X-Ccsdk-Source"));
    }
  }

  @Test
  void refusesAnUnreadableHar() throws Exception {
    Path bad = write("bad.har", "{\"log\":");
    ConformanceException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConformanceException.class,
            () -> ReplayServer.start(Vendor.COMM100.spec(), List.of(bad), 0).close());
    assertTrue(e.getMessage().startsWith(bad + ": not valid JSON: "), e.getMessage());
  }

  // ---- helpers

  private static String poll(String events) {
    return "{\"request\":{\"method\":\"GET\",\"url\":\"https://yourcompany.brightpattern.com/clientweb/api/v1"
        + "/chats/f5f68c35-ffec-4dcb-8f7f-755b6395a6dc/events\"},\"response\":{\"status\":200,"
        + "\"headers\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"}],"
        + "\"content\":{\"mimeType\":\"application/json\",\"text\":"
        + JsonMapper.builder().build().valueToTree(events)
        + "}}}";
  }

  private static Spec.Operation operation(Spec spec, String id) {
    return spec.operations().stream()
        .filter(o -> id.equals(o.operationId()))
        .findFirst()
        .orElseThrow();
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String json) throws Exception {
    return post(url, json, false);
  }

  private static HttpResponse<String> post(String url, String json, boolean bearer)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer) {
      request.header("Authorization", "Bearer any-token");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String[] reverse(String[] items) {
    String[] out = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      out[i] = items[items.length - 1 - i];
    }
    return out;
  }
}
