package io.github.ccsdk.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 and a free port, answering from a script of responders (the last
 * one repeats) and recording every request exactly as it arrived.
 */
public final class WireServer implements AutoCloseable {
  /** One request as the server saw it: raw (still percent-encoded) path and query. */
  public record Recorded(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    /** The first value of a header (names are case-insensitive), or null. */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Writes one response. */
  @FunctionalInterface
  public interface Responder {
    void respond(HttpExchange exchange) throws IOException;
  }

  static {
    // Without TCP_NODELAY every small answer waits out delayed ACKs (about 40 ms a request).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(WireServer::daemon);
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Deque<Responder> script = new ArrayDeque<>();

  private WireServer(Responder... responders) throws IOException {
    script.addAll(List.of(responders));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static WireServer start(Responder... responders) throws IOException {
    return new WireServer(responders);
  }

  /** The base URL, e.g. {@code http://127.0.0.1:53211}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Recorded> requests() {
    return new ArrayList<>(requests);
  }

  public Recorded last() {
    return requests.get(requests.size() - 1);
  }

  /** Answers every further request with {@code responder} and forgets the requests so far. */
  public void answer(Responder responder) {
    synchronized (script) {
      script.clear();
      script.add(responder);
    }
    requests.clear();
  }

  /** The one request received since the last {@link #answer}; fails if there were more or none. */
  public Recorded takeOnly() {
    List<Recorded> got = requests();
    if (got.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + got.size());
    }
    requests.clear();
    return got.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(exchange.getRequestHeaders());
      requests.add(
          new Recorded(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              body));
      Responder responder;
      synchronized (script) {
        responder = script.size() > 1 ? script.poll() : script.peek();
      }
      responder.respond(exchange);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "test-server");
    t.setDaemon(true);
    return t;
  }

  // ---- responders ----

  public static Responder respond(int status, String contentType, String body, String... headers) {
    return respond(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  public static Responder respond(int status, String contentType, byte[] bytes, String... headers) {
    return exchange -> {
      if (contentType != null) {
        exchange.getResponseHeaders().add("Content-Type", contentType);
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
      }
      send(exchange, status, bytes);
    };
  }

  public static Responder json(int status, String body, String... headers) {
    return respond(status, "application/json", body, headers);
  }

  public static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    boolean noBody = bytes.length == 0;
    exchange.sendResponseHeaders(status, noBody ? -1 : bytes.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
