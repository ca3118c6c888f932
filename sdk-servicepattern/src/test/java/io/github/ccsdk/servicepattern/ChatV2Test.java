package io.github.ccsdk.servicepattern;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.testing.LogCapture;
import io.github.ccsdk.core.testing.WireServer;
import io.github.ccsdk.servicepattern.model.CaseSession;
import io.github.ccsdk.servicepattern.model.NotificationSubscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API v2 calls (version, case history, close case, notifications) and the v2 default. */
class ChatV2Test {
  private static final UUID CHAT = ChatServer.CHAT;
  private static final String TOKEN = "fcm-Secret-9f8e7d6c";

  private WireServer server;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start(json(200, "{}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ServicePatternClient.Builder builder() {
    return ServicePatternClient.builder()
        .baseUrl(server.url())
        .appId("app-1")
        .tenantUrl("yourcompany.brightpattern.com");
  }

  @Test
  void serverVersion() {
    server.answer(json(200, "{\"server_version\":\"5.5.6.12345 (Stable)\"}"));
    assertEquals("5.5.6.12345 (Stable)", builder().build().serverVersion());
    WireServer.Recorded request = server.takeOnly();
    assertEquals("GET", request.method());
    assertEquals("/version", request.rawPath());
  }

  @Test
  void caseHistoryReadsCreatedTimeInBothForms() {
    server.answer(
        json(
            200,
            "{\"sessions\":[{\"chat_id\":\"0b7f1c52-58c4-4e4f-9f58-3f1d1c0e8a11\","
                + "\"created_time\":1613472000,\"events\":[]},"
                + "{\"chat_id\":\""
                + CHAT
                + "\",\"created_time\":\"1613472342\",\"events\":"
                + "[{\"event\":\"chat_session_case_set\",\"case_id\":\"00001027\"}]}]}"));
    List<CaseSession> sessions = builder().build().chats().resume(CHAT).caseHistory();

    WireServer.Recorded request = server.takeOnly();
    assertEquals("GET", request.method());
    assertEquals("/chats/" + CHAT + "/casehistory", request.rawPath());
    assertEquals(2, sessions.size());
    assertEquals(1613472000L, sessions.get(0).createdTime());
    assertEquals(1613472342L, sessions.get(1).createdTime());
    assertEquals(CHAT, sessions.get(1).chatId());
    assertEquals(1, sessions.get(1).events().size());
  }

  @Test
  void closeCasePostsNoBody() throws Exception {
    builder().build().chats().resume(CHAT).closeCase();
    WireServer.Recorded request = server.takeOnly();
    assertEquals("POST", request.method());
    assertEquals("/chats/" + CHAT + "/closecase", request.rawPath());
    assertEquals(0, request.body().length, "Postman v2 and iOS send no body");
    assertNull(request.header("Content-Type"));
  }

  @Test
  void subscribeAndUnsubscribe() throws Exception {
    Chat chat = builder().build().chats().resume(CHAT);
    chat.subscribeNotifications(
        NotificationSubscription.builder().androidFirebaseDeviceToken(TOKEN).build());
    WireServer.Recorded subscribe = server.takeOnly();
    assertEquals("POST", subscribe.method());
    assertEquals("/chats/" + CHAT + "/notifications", subscribe.rawPath());
    assertEquals(
        Json.mapper().readTree("{\"android_firebase_device_token\":\"" + TOKEN + "\"}"),
        Json.mapper().readTree(subscribe.body()));

    chat.unsubscribeNotifications();
    assertEquals("{}", Json.mapper().readTree(server.takeOnly().body()).toString());
  }

  @Test
  void deviceTokensStayOutOfLogsAndRecordings(@TempDir Path dir) throws Exception {
    Path har = dir.resolve("session.har");
    String log;
    try (LogCapture capture = LogCapture.start()) {
      Chat chat = builder().logLevel(LogLevel.FULL).recordTo(har).build().chats().resume(CHAT);
      chat.subscribeNotifications(
          NotificationSubscription.builder()
              .iosApnsDeviceToken(TOKEN)
              .iosAppBundleId("com.example.chat")
              .build());
      chat.subscribeNotifications(
          NotificationSubscription.builder().iosFirebaseDeviceToken(TOKEN + "-ios").build());
      log = capture.text();
    }
    assertTrue(log.contains("com.example.chat"), "the request body was logged: " + log);
    assertFalse(log.contains(TOKEN), log);
    String recorded = Files.readString(har);
    assertTrue(recorded.contains("ios_apns_device_token"), recorded);
    assertFalse(recorded.contains(TOKEN), recorded);
  }

  @Test
  void hostUsesApiV2UnlessToldOtherwise() throws Exception {
    // A port nobody listens on: the connection is refused at once, and the error names the URL.
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String host = "127.0.0.1:" + port;
    assertTrue(
        calledUrl(ServicePatternClient.builder().host(host)).endsWith("/clientweb/api/v2/version"));
    assertTrue(
        calledUrl(ServicePatternClient.builder().host(host).apiVersion("v1"))
            .endsWith("/clientweb/api/v1/version"));
    assertTrue(
        calledUrl(ServicePatternClient.builder().apiVersion("v1").host(host))
            .endsWith("/clientweb/api/v1/version"));
    assertThrows(
        IllegalArgumentException.class, () -> ServicePatternClient.builder().apiVersion("v3"));
  }

  private static String calledUrl(ServicePatternClient.Builder builder) {
    ServicePatternClient sp =
        builder
            .appId("app-1")
            .retryPolicy(io.github.ccsdk.core.RetryPolicy.none())
            .connectTimeout(java.time.Duration.ofSeconds(2))
            .build();
    ApiException e = assertThrows(ApiException.class, sp::serverVersion);
    assertEquals(ApiException.Kind.IO, e.kind(), e.toString());
    return e.details().url();
  }
}
