package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.testing.WireServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AbstractClientBuilder#recordTo}: real exchanges over loopback into a HAR file. */
class HarRecorderTest {
  private static final String API_KEY = "api-key-5ecret";
  private static final String QUERY_TOKEN = "query-t0ken-secret";
  private static final String PASSWORD = "form-passw0rd-secret";
  private static final String JSON_PASSWORD = "json-passw0rd-secret";
  private static final String SERVED_TOKEN = "served-access-t0ken";

  interface Api {
    @RequestLine("GET /visitors?status={status}")
    JsonNode list(@Param("status") String status);

    @RequestLine("POST /oauth/token")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    JsonNode token(@Param("email") String email, @Param("password") String password);

    @RequestLine("POST /agents")
    @Headers("Content-Type: application/json")
    JsonNode create(Map<String, Object> agent);

    @RequestLine("GET /files/{id}")
    Download file(@Param("id") String id);

    @RequestLine("GET /text")
    String text();

    @RequestLine("POST /files")
    @Headers("Content-Type: multipart/form-data")
    JsonNode upload(
        @Param("caption") String caption,
        @Param("password") String password,
        @Param("file") Upload file);
  }

  @TempDir Path dir;

  private Api api(WireServer server, Path har) {
    return TestClient.forServer(server)
        .interceptor(Auth.basic("agent@example.com", API_KEY))
        .interceptor(Auth.query("token", () -> QUERY_TOKEN))
        .recordTo(har)
        .create(Api.class);
  }

  @Test
  void recordsAMultipartBodyAsItsParts() throws Exception {
    Path har = dir.resolve("upload.har");
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
    try (WireServer server = WireServer.start(WireServer.json(200, "{\"file_id\":\"f1\"}"))) {
      api(server, har).upload("holiday", PASSWORD, Upload.of(bytes, "a.png", "image/png"));
    }
    String text = Files.readString(har);
    assertFalse(text.contains(PASSWORD), "the HAR file holds the password field");
    JsonNode postData = Json.mapper().readTree(text).at("/log/entries/0/request/postData");
    assertTrue(postData.path("mimeType").asText().startsWith("multipart/form-data; boundary="));
    assertFalse(postData.has("text"), postData.toString());
    JsonNode params = postData.get("params");
    assertEquals(3, params.size(), params.toString());
    assertEquals("caption", params.at("/0/name").asText());
    assertEquals("holiday", params.at("/0/value").asText());
    assertEquals(Redaction.REDACTED, params.at("/1/value").asText());
    JsonNode file = params.get(2);
    assertEquals("file", file.path("name").asText());
    assertEquals("a.png", file.path("fileName").asText());
    assertEquals("image/png", file.path("contentType").asText());
    assertEquals(bytes.length, file.path("_size").asInt());
    assertEquals(
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
        file.path("_sha256").asText());
    assertFalse(file.has("value"), "a file's bytes are not recorded");
  }

  @Test
  void recordsEveryExchangeWithSecretsRedacted() throws Exception {
    Path har = dir.resolve("session.har");
    try (WireServer server =
        WireServer.start(
            WireServer.json(200, "[{\"name\":\"Ann\"}]"),
            WireServer.json(200, "{\"access_token\":\"" + SERVED_TOKEN + "\",\"expires_in\":5}"),
            WireServer.json(
                201, "{\"id\":1,\"password\":\"" + JSON_PASSWORD + "\"}", "Location", "/agents/1"),
            WireServer.json(401, "{\"code\":401000,\"message\":\"no\"}"))) {
      Api api = api(server, har);
      api.list("chatting");
      api.token("agent@example.com", PASSWORD);
      api.create(Map.of("name", "Ann", "password", JSON_PASSWORD));
      assertThrows(TestException.class, () -> api.list(null));
    }
    String text = Files.readString(har);
    for (String secret : List.of(API_KEY, QUERY_TOKEN, PASSWORD, JSON_PASSWORD, SERVED_TOKEN)) {
      assertFalse(text.contains(secret), "the HAR file holds " + secret);
    }
    JsonNode log = Json.mapper().readTree(text).get("log");
    assertEquals("1.2", log.get("version").asText());
    assertEquals("ccsdk", log.at("/creator/name").asText());
    JsonNode entries = log.get("entries");
    assertEquals(4, entries.size());

    JsonNode list = entries.get(0);
    assertEquals("GET", list.at("/request/method").asText());
    assertTrue(
        list.at("/request/url").asText().endsWith("/visitors?status=chatting&token=REDACTED"));
    assertEquals("Basic REDACTED", header(list.get("request"), "Authorization"));
    assertEquals(200, list.at("/response/status").asInt());
    assertEquals("[{\"name\":\"Ann\"}]", list.at("/response/content/text").asText());
    assertTrue(list.at("/response/content/mimeType").asText().startsWith("application/json"));

    JsonNode token = entries.get(1);
    assertEquals(
        "email=agent%40example.com&password=REDACTED", token.at("/request/postData/text").asText());
    assertEquals(
        "{\"access_token\":\"REDACTED\",\"expires_in\":5}",
        token.at("/response/content/text").asText());

    JsonNode create = entries.get(2);
    assertEquals(201, create.at("/response/status").asInt());
    assertEquals("/agents/1", header(create.get("response"), "Location"));
    assertTrue(create.at("/request/postData/text").asText().contains("\"password\":\"REDACTED\""));

    assertEquals(401, entries.get(3).at("/response/status").asInt());
    assertEquals(
        "{\"code\":401000,\"message\":\"no\"}",
        entries.get(3).at("/response/content/text").asText());
  }

  @Test
  void binaryBodiesStreamThroughUnrecorded() throws Exception {
    Path har = dir.resolve("files.har");
    byte[] file = new byte[1024 * 1024];
    for (int i = 0; i < file.length; i++) {
      file[i] = (byte) (i * 31);
    }
    try (WireServer server =
        WireServer.start(WireServer.respond(200, "application/octet-stream", file))) {
      try (Download download = api(server, har).file("a");
          InputStream in = download.stream()) {
        assertArrayEquals(file, in.readAllBytes());
      }
    }
    JsonNode content = Json.mapper().readTree(har.toFile()).at("/log/entries/0/response/content");
    assertEquals("binary body not recorded", content.get("comment").asText());
    assertFalse(content.has("text"));
    assertEquals(file.length, content.get("size").asInt());
  }

  @Test
  void textTooLargeToRecordStillReachesTheCaller() throws Exception {
    Path har = dir.resolve("large.har");
    String big = "x".repeat(HarRecorder.MAX_RECORDED + 10);
    try (WireServer server = WireServer.start(WireServer.respond(200, "text/plain", big))) {
      assertEquals(big, api(server, har).text());
    }
    JsonNode content = Json.mapper().readTree(har.toFile()).at("/log/entries/0/response/content");
    assertTrue(content.get("comment").asText().startsWith("body larger than"));
    assertFalse(content.has("text"));
  }

  @Test
  void clientsAndThreadsAppendToOneValidFile() throws Exception {
    Path har = dir.resolve("shared.har");
    try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
      Api first = api(server, har);
      Api second = api(server, har);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          Api api = i % 2 == 0 ? first : second;
          calls.add(pool.submit(() -> api.list("s")));
        }
        for (Future<?> call : calls) {
          call.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
    assertEquals(40, Json.mapper().readTree(har.toFile()).at("/log/entries").size());
    // A later client, even in another run, goes on appending to the same session.
    try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
      api(server, har).list("later");
    }
    JsonNode entries = Json.mapper().readTree(har.toFile()).at("/log/entries");
    assertEquals(41, entries.size());
    assertTrue(entries.get(40).at("/request/url").asText().contains("status=later"));
  }

  @Test
  void refusesAFileItDidNotWrite() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "my notes");
    try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> api(server, notes));
      assertTrue(e.getMessage().contains(notes.toString()), e.getMessage());
    }
    assertEquals("my notes", Files.readString(notes, StandardCharsets.UTF_8));
  }

  @Test
  void aFileThatCannotBeWrittenNeverFailsTheCallAndSaysSoOnce() throws Exception {
    Path har = dir.resolve("gone.har");
    // The warning goes to the client's log (SLF4J or System.Logger): caught here, not printed.
    List<String> warnings;
    try (WireServer server = WireServer.start(WireServer.json(200, "[{\"name\":\"Ann\"}]"))) {
      TestClient client =
          TestClient.forServer(server)
              .interceptor(Auth.basic("agent@example.com", API_KEY))
              .recordTo(har);
      Api api = client.create(Api.class);
      Files.delete(har);
      assertEquals("Ann", api.list("s").get(0).get("name").asText());
      assertEquals("Ann", api.list("s").get(0).get("name").asText());
      warnings = client.log;
    }
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("cannot append to the HAR file " + har), warnings.get(0));
  }

  private static String header(JsonNode message, String name) {
    for (JsonNode h : message.get("headers")) {
      if (h.get("name").asText().equalsIgnoreCase(name)) {
        return h.get("value").asText();
      }
    }
    return null;
  }
}
