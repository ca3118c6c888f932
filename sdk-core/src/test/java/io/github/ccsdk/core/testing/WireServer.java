package io.github.ccsdk.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 for tests: it answers every request with the next queued response
 * and records each request exactly as it arrived (raw path and query, headers, body).
 */
public final class WireServer implements AutoCloseable {
  /** A request as the server saw it. */
  public record Recorded(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    /** The first value of a header, case-insensitively, or null. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** A canned response. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {
    public static Reply json(int status, String json) {
      return new Reply(
          status,
          Map.of("Content-Type", "application/json"),
          json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedDeque<Reply> replies = new ConcurrentLinkedDeque<>();
  private final List<Recorded> recorded = new ArrayList<>();

  public WireServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:53211}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public WireServer enqueue(Reply reply) {
    replies.add(reply);
    return this;
  }

  public synchronized List<Recorded> requests() {
    return List.copyOf(recorded);
  }

  public synchronized Recorded takeOnly() {
    if (recorded.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + recorded.size());
    }
    Recorded only = recorded.get(0);
    recorded.clear();
    return only;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
    synchronized (this) {
      recorded.add(
          new Recorded(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              body));
    }
    Reply reply = replies.poll();
    if (reply == null) {
      reply = Reply.json(599, "{\"error\":\"no reply queued\"}");
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    boolean empty = reply.body().length == 0;
    exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
