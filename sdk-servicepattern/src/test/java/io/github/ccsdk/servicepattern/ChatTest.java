package io.github.ccsdk.servicepattern;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.testing.WireServer;
import io.github.ccsdk.servicepattern.model.ChatFileType;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import io.github.ccsdk.servicepattern.model.ChatSessionFileEvent;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat session helper and the client's identity settings, on the wire. */
class ChatTest {
  private static final UUID CHAT = ChatServer.CHAT;
  private static final String APP = "1a2c26b0-b065-4f27-8696-cbac8f03bb57";

  private WireServer server;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start(json(200, "{\"events\":[]}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ServicePatternClient.Builder builder() {
    return ServicePatternClient.builder()
        .baseUrl(server.url())
        .appId(APP)
        .tenantUrl("yourcompany.brightpattern.com");
  }

  private static JsonNode sentEvent(WireServer.Recorded request) throws Exception {
    JsonNode body = Json.mapper().readTree(request.body());
    assertEquals(1, body.get("events").size(), body.toString());
    return body.get("events").get(0);
  }

  @Test
  void startReturnsAChatWithItsSession() {
    server.answer(
        json(
            200,
            "{\"chat_id\":\""
                + CHAT
                + "\",\"state\":\"queued\",\"ewt\":\"30\",\"is_new_chat\":true}"));
    ServicePatternClient sp = builder().clientId("7c9e6679-7425-40de-944b-e07fc1f90ae7").build();

    Chat chat = sp.chats().start(ChatRequest.builder().from("Ann").build());

    WireServer.Recorded request = server.takeOnly();
    assertEquals("POST", request.method());
    assertEquals("/chats", request.rawPath());
    assertEquals("tenantUrl=yourcompany.brightpattern.com", request.rawQuery());
    assertEquals("MobileClient", request.header("User-Agent"));
    assertEquals(
        "MOBILE-API-140-327-PLAIN appId=\""
            + APP
            + "\", clientId=\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"",
        request.header("Authorization"));
    assertEquals(CHAT, chat.id());
    assertEquals("30", chat.session().orElseThrow().ewt().orElseThrow());
  }

  @Test
  void aClientIdIsMadeWhenNoneIsGivenAndCanBeReused() {
    ServicePatternClient first = builder().build();
    UUID.fromString(first.clientId()); // a UUID
    assertTrue(!first.clientId().equals(builder().build().clientId()), "one per client");

    ServicePatternClient again = builder().clientId(first.clientId()).build();
    again.chats().resume(CHAT).typing();
    assertTrue(
        server
            .takeOnly()
            .header("Authorization")
            .endsWith("clientId=\"" + first.clientId() + "\""));
  }

  @Test
  void everyHelperSendsItsEvent() throws Exception {
    Chat chat = builder().build().chats().resume(CHAT);

    String msgId = chat.sendMessage("Hello");
    JsonNode message = sentEvent(server.takeOnly());
    assertEquals("chat_session_message", message.get("event").asText());
    assertEquals("Hello", message.get("msg").asText());
    assertEquals(msgId, message.get("msg_id").asText());
    UUID.fromString(msgId);

    chat.typing();
    assertEquals("chat_session_typing", sentEvent(server.takeOnly()).get("event").asText());
    chat.notTyping();
    assertEquals("chat_session_not_typing", sentEvent(server.takeOnly()).get("event").asText());

    chat.sendFormData("17", "survey", Map.of("rating", "5"));
    JsonNode form = sentEvent(server.takeOnly());
    assertEquals("chat_session_form_data", form.get("event").asText());
    assertEquals("17", form.get("form_request_id").asText());
    assertEquals("survey", form.get("form_name").asText());
    assertEquals("5", form.get("data").get("rating").asText());

    chat.disconnect();
    assertEquals("chat_session_disconnect", sentEvent(server.takeOnly()).get("event").asText());

    chat.end();
    WireServer.Recorded end = server.takeOnly();
    assertEquals("POST", end.method());
    assertEquals("/chats/" + CHAT + "/events", end.rawPath());
    assertEquals("tenantUrl=yourcompany.brightpattern.com", end.rawQuery());
    assertEquals("chat_session_end", sentEvent(end).get("event").asText());
  }

  @Test
  void anEmptyAnswerToASendIsFine() {
    server.answer(WireServer.respond(200, null, ""));
    builder().build().chats().resume(CHAT).typing();
    assertEquals(1, server.requests().size());
  }

  @Test
  void uploadAndAnnounceSendsBothRequests() throws Exception {
    server.answer(
        exchange -> {
          if (exchange.getRequestURI().getPath().equals("/files")) {
            json(200, "{\"file_id\":\"f-42\",\"file_name\":\"photo.png\"}").respond(exchange);
          } else {
            json(200, "{\"events\":[]}").respond(exchange);
          }
        });
    Chat chat = builder().build().chats().resume(CHAT);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

    ChatSessionFileEvent announced = chat.sendFile(Upload.of(png, "photo.png", "image/png"));

    List<WireServer.Recorded> requests = server.requests();
    assertEquals(2, requests.size());
    WireServer.Recorded upload = requests.get(0);
    assertEquals("POST", upload.method());
    assertEquals("/files", upload.rawPath());
    assertEquals("tenantUrl=yourcompany.brightpattern.com", upload.rawQuery());
    assertTrue(upload.header("Content-Type").startsWith("multipart/form-data; boundary="));
    String multipart = new String(upload.body(), StandardCharsets.ISO_8859_1);
    assertTrue(multipart.contains("name=\"file\"; filename=\"photo.png\""), multipart);
    assertTrue(multipart.contains("Content-Type: image/png"), multipart);
    assertTrue(multipart.contains(new String(png, StandardCharsets.ISO_8859_1)), multipart);

    WireServer.Recorded announce = requests.get(1);
    assertEquals("POST", announce.method());
    assertEquals("/chats/" + CHAT + "/events", announce.rawPath());
    JsonNode event = sentEvent(announce);
    assertEquals("chat_session_file", event.get("event").asText());
    assertEquals("f-42", event.get("file_id").asText());
    assertEquals("image", event.get("file_type").asText());
    assertEquals("photo.png", event.get("file_name").asText());
    assertEquals(announced.msgId().orElseThrow(), event.get("msg_id").asText());
    assertEquals("f-42", announced.fileId());
    assertEquals(ChatFileType.IMAGE, announced.fileType().orElseThrow());
  }

  @Test
  void aFileThatIsNoImageIsAnnouncedAsAnAttachment() throws Exception {
    server.answer(json(200, "{\"file_id\":\"f-7\"}"));
    Chat chat = builder().build().chats().resume(CHAT);
    chat.sendFile(Upload.of(new byte[] {1}, "notes.pdf", "application/pdf"));
    JsonNode event = sentEvent(server.requests().get(1));
    assertEquals("attachment", event.get("file_type").asText());
    assertEquals(
        "notes.pdf", event.get("file_name").asText(), "the upload's name if none came back");
  }

  @Test
  void filesAndPhotosAreStreamed() throws Exception {
    byte[] bytes = "file bytes".getBytes(StandardCharsets.UTF_8);
    server.answer(WireServer.respond(200, "application/octet-stream", bytes));
    Chat chat = builder().build().chats().resume(CHAT);

    try (Download file = chat.file("f-42");
        InputStream in = file.stream()) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertEquals("/chats/" + CHAT + "/files/f-42", server.takeOnly().rawPath());
    try (Download photo = chat.agentPhoto("agent-1");
        InputStream in = photo.stream()) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertEquals("/chats/" + CHAT + "/profilephotos/agent-1", server.takeOnly().rawPath());
  }

  @Test
  void webChatKeepsTheServersCookies() {
    server.answer(json(200, "{\"events\":[]}", "Set-Cookie", "BPSESSION=abc123; Path=/"));
    Chat chat = builder().clientId("WebChat").build().chats().resume(CHAT);

    chat.typing();
    assertNull(server.takeOnly().header("Cookie"));
    chat.typing();
    assertEquals("BPSESSION=abc123", server.takeOnly().header("Cookie"));
  }

  @Test
  void aCookieStoreOfYourOwnResumesTheSession() throws Exception {
    CookieStore store = new CookieManager().getCookieStore();
    HttpCookie cookie = new HttpCookie("BPSESSION", "kept");
    cookie.setPath("/");
    cookie.setVersion(0);
    store.add(new URI(server.url()), cookie);

    builder().clientId("WebChat").cookieStore(store).build().chats().resume(CHAT).typing();

    assertEquals("BPSESSION=kept", server.takeOnly().header("Cookie"));
  }

  @Test
  void withAnAppClientIdNoCookiesAreKept() {
    server.answer(json(200, "{\"events\":[]}", "Set-Cookie", "BPSESSION=abc123; Path=/"));
    Chat chat = builder().build().chats().resume(CHAT);
    chat.typing();
    chat.typing();
    assertNull(server.requests().get(1).header("Cookie"));
  }

  @Test
  void tenantUrlIsADomainNotAUrl() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ServicePatternClient.builder().tenantUrl("https://yourcompany.brightpattern.com"));
  }
}
