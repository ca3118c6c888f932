package io.github.ccsdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * A JDK HttpServer (or HttpsServer) on loopback, answering fixed bodies; what every benchmark talks
 * to.
 */
final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final String scheme;
  private final AtomicLong tlsConnections;

  private LoopbackServer(
      HttpServer server, ExecutorService executor, String scheme, AtomicLong tlsConnections) {
    this.server = server;
    this.executor = executor;
    this.scheme = scheme;
    this.tlsConnections = tlsConnections;
  }

  static LoopbackServer start(int threads) throws IOException {
    noDelay();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    return started(server, threads, "http", new AtomicLong());
  }

  /**
   * An HTTPS server with the given context (its key: {@link SelfSignedTls}). Counts the TLS
   * connections it accepts: the JDK server asks its {@link HttpsConfigurator} to configure the
   * engine of each new connection exactly once, before that connection's handshake, and never for a
   * request on a connection kept alive.
   */
  static LoopbackServer startHttps(int threads, SSLContext context) throws IOException {
    noDelay();
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicLong connections = new AtomicLong();
    server.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters params) {
            connections.incrementAndGet();
            params.setSSLParameters(getSSLContext().getDefaultSSLParameters());
          }
        });
    return started(server, threads, "https", connections);
  }

  private static void noDelay() {
    // TCP_NODELAY on the server's sockets: without it, Nagle's algorithm and the client's delayed
    // ACK add ~40 ms to some exchanges, which measures the kernel, not the client.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static LoopbackServer started(
      HttpServer server, int threads, String scheme, AtomicLong tlsConnections) {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    server.setExecutor(executor);
    server.start();
    return new LoopbackServer(server, executor, scheme, tlsConnections);
  }

  /** New TLS connections accepted so far (always 0 over plain HTTP). */
  long tlsConnections() {
    return tlsConnections.get();
  }

  LoopbackServer json(String path, byte[] body) {
    return handle(path, exchange -> send(exchange, 200, "application/json; charset=utf-8", body));
  }

  LoopbackServer handle(String path, HttpHandler handler) {
    server.createContext(path, handler);
    return this;
  }

  String url() {
    return scheme + "://127.0.0.1:" + server.getAddress().getPort();
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStreamSink.INSTANCE);
    }
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Discards what it is given. */
  static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
