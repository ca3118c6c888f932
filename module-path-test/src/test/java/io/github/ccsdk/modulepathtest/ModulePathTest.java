package io.github.ccsdk.modulepathtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.model.Comm100Error;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.contactnow.WriteResult;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.servicepattern.Chat;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDKs on the module path: this class runs inside the named module
 * io.github.ccsdk.modulepathtest (surefire patches it in), which requires the three SDKs and
 * nothing else; each SDK makes one real call to a JDK HttpServer on 127.0.0.1.
 */
class ModulePathTest {
  /** What the server received. */
  record Received(String method, String path, String query, Map<String, List<String>> headers) {
    /** The first value of header {@code name}, ignoring case (the server rewrites the case). */
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "{}";
  private HttpServer server;
  private String baseUrl;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders())));
    String body =
        exchange.getRequestURI().getPath().equals("/token.php")
            ? "{\"success\":true,\"token\":\"t0k3n\",\"expire\":4102444800}"
            : answer;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void everythingRunsInNamedModules() {
    assertModule("io.github.ccsdk.modulepathtest", ModulePathApp.class);
    assertModule("io.github.ccsdk.modulepathtest", ModulePathTest.class);
    assertModule("io.github.ccsdk.comm100", Comm100Client.class);
    assertModule("io.github.ccsdk.servicepattern", ServicePatternClient.class);
    assertModule("io.github.ccsdk.contactnow", ContactNowClient.class);
    assertModule("io.github.ccsdk.core", ApiException.class);
    // Explicit modules, not automatic ones: what module-info.java declares.
    for (Class<?> type :
        List.of(
            Comm100Client.class,
            ServicePatternClient.class,
            ContactNowClient.class,
            ApiException.class)) {
      assertTrue(
          !type.getModule().getDescriptor().isAutomatic(), type.getModule() + " is automatic");
    }
    // Only the SDKs may use the runtime's plumbing.
    Module core = ApiException.class.getModule();
    assertTrue(core.isExported("io.github.ccsdk.core"));
    assertTrue(!core.isExported("io.github.ccsdk.core.spi"));
    assertTrue(core.isExported("io.github.ccsdk.core.spi", Comm100Client.class.getModule()));
  }

  private static void assertModule(String name, Class<?> type) {
    Module module = type.getModule();
    assertTrue(module.isNamed(), type + " is in the unnamed module");
    assertEquals(name, module.getName(), type.getName());
  }

  @Test
  void comm100GetsAVisitor() {
    UUID id = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    answer = "{\"id\":\"" + id + "\",\"name\":\"Ann\",\"status\":\"chatting\",\"x-extra\":[1]}";

    Visitor visitor = ModulePathApp.comm100Visitor(baseUrl, id);

    assertEquals(id, visitor.id().orElseThrow());
    assertEquals("Ann", visitor.name().orElseThrow());
    assertEquals("[1]", visitor.additionalProperties().get("x-extra").toString());
    Received request = received.get(0);
    assertEquals("GET", request.method());
    assertEquals("/api/v3/livechat/visitors/" + id, request.path());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("agent@example.com:api-key".getBytes(StandardCharsets.UTF_8)),
        request.header("Authorization"));
    assertEquals("r-1", request.header("X-Request-Id"), "withOptions works across modules");
  }

  @Test
  void comm100DecodesAnErrorBody() {
    status = 404;
    answer = "{\"code\":404000,\"message\":\"no such visitor\"}";

    Comm100Error error = ModulePathApp.comm100Refusal(baseUrl, UUID.randomUUID()).orElseThrow();

    assertEquals(404000, error.code().orElseThrow());
    assertEquals("no such visitor", error.message().orElseThrow());
  }

  @Test
  void servicePatternStartsAChat() {
    UUID chatId = UUID.fromString("0c8a5f9e-2b1f-4a8e-9e8b-6d5c4b3a2f10");
    answer = "{\"chat_id\":\"" + chatId + "\",\"state\":\"queued\",\"ewt\":\"30\"}";

    Chat chat = ModulePathApp.servicePatternChat(baseUrl, "my-app");

    assertEquals(chatId, chat.id());
    assertEquals("30", chat.session().orElseThrow().ewt().orElseThrow());
    Received request = received.get(0);
    assertEquals("POST", request.method());
    assertEquals("/chats", request.path());
    assertEquals("tenantUrl=yourcompany.brightpattern.com", request.query());
    assertTrue(
        request.header("Authorization").startsWith("MOBILE-API-140-327-PLAIN appId=\"my-app\""),
        request.header("Authorization"));
  }

  @Test
  void contactNowListsOutcomeCodes() {
    answer =
        "{\"success\":true,\"total\":1,\"list\":[{\"outcome\":\"510456\","
            + "\"description\":\"Sales Completed\"}]}";

    Page<OutcomeCode> codes = ModulePathApp.contactNowOutcomeCodes(baseUrl);

    assertEquals(1, codes.total());
    assertEquals("510456", codes.items().get(0).outcome().orElseThrow());
    assertEquals("Sales Completed", codes.items().get(0).description().orElseThrow());
    assertEquals(2, received.size(), received.toString());
    assertEquals("/token.php", received.get(0).path());
    assertTrue(received.get(0).query().contains("username=api-user"), received.get(0).query());
    assertTrue(received.get(1).query().contains("token=t0k3n"), received.get(1).query());
  }

  @Test
  void contactNowCreatesARecord() {
    answer = "{\"success\":true,\"total\":1,\"bad\":0,\"key\":2499265,\"info\":\"ok\"}";

    WriteResult written = ModulePathApp.contactNowCreate(baseUrl, "01234567890");

    assertEquals(2499265L, written.requireComplete().key().orElseThrow());
    Received request = received.get(0);
    assertEquals("POST", request.method());
    assertEquals("/ecnow.php", request.path());
    assertTrue(request.query().contains("action=create"), request.query());
  }
}
