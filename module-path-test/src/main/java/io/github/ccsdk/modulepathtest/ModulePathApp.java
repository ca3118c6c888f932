package io.github.ccsdk.modulepathtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.Comm100Exception;
import io.github.ccsdk.comm100.model.Comm100Error;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.contactnow.WriteResult;
import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.RequestOptions;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.servicepattern.Chat;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One call through each SDK, written as a user's module would write it. {@link #main} runs them
 * against a loopback server of its own; the tests call the methods against theirs.
 */
public final class ModulePathApp {
  private ModulePathApp() {}

  /** Comm100: one visitor, with an API key and a header of this call's own. */
  public static Visitor comm100Visitor(String baseUrl, UUID id) {
    return comm100(baseUrl)
        .visitors()
        .withOptions(RequestOptions.builder().header("X-Request-Id", "r-1").build())
        .getVisitor(id);
  }

  /** Comm100: the decoded error body of a call the server refuses, if any. */
  public static Optional<Comm100Error> comm100Refusal(String baseUrl, UUID id) {
    try {
      comm100(baseUrl).visitors().getVisitor(id);
      return Optional.empty();
    } catch (Comm100Exception e) {
      return e.error();
    }
  }

  private static Comm100Client comm100(String baseUrl) {
    return Comm100Client.builder()
        .baseUrl(baseUrl)
        .apiKey("agent@example.com", "api-key")
        .readTimeout(Duration.ofSeconds(10))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** ServicePattern: starts a chat. */
  public static Chat servicePatternChat(String baseUrl, String appId) {
    ServicePatternClient sp =
        ServicePatternClient.builder()
            .baseUrl(baseUrl)
            .appId(appId)
            .tenantUrl("yourcompany.brightpattern.com")
            .build();
    return sp.chats().start(ChatRequest.builder().from("Ann").build());
  }

  /** ContactNow: the outcome codes, with a token the client fetches itself. */
  public static Page<OutcomeCode> contactNowOutcomeCodes(String baseUrl) {
    ContactNowClient contactNow =
        ContactNowClient.builder().baseUrl(baseUrl).credentials("api-user", "pa55word").build();
    return contactNow.outcomeCodes().list();
  }

  /** ContactNow: creates a record, with a token given up front. */
  public static WriteResult contactNowCreate(String baseUrl, String homePhone) {
    ContactNowClient contactNow =
        ContactNowClient.builder().baseUrl(baseUrl).token(() -> "t0k3n").build();
    return contactNow
        .records()
        .create(List.of(ContactRecordInput.builder().dataset(351).homePhone(homePhone).build()));
  }

  /** Runs the three calls against a loopback server answering canned JSON. */
  public static void main(String[] args) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          if (path.startsWith("/api/v3/livechat/visitors/")) {
            answer(exchange, "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}");
          } else if (path.equals("/chats")) {
            answer(exchange, "{\"chat_id\":\"" + UUID.randomUUID() + "\",\"state\":\"queued\"}");
          } else if (path.equals("/token.php")) {
            answer(exchange, "{\"success\":true,\"token\":\"t0k3n\",\"expire\":4102444800}");
          } else {
            answer(exchange, "{\"success\":true,\"total\":1,\"list\":[{\"outcome\":\"100\"}]}");
          }
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      System.out.println("comm100: " + comm100Visitor(base, UUID.randomUUID()).id().orElseThrow());
      System.out.println("servicepattern: " + servicePatternChat(base, "app").id());
      System.out.println("contactnow: " + contactNowOutcomeCodes(base).items());
    } finally {
      server.stop(0);
    }
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
