package io.github.ccsdk.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare HTTP/1.1 server on loopback, one thread per connection and keep-alive, that sees what a
 * transport does with connections: how many it opened, how many requests were in flight at once,
 * and when the client closed a connection it was waiting on.
 */
final class RawHttpServer implements AutoCloseable {
  /** What the server does with one request. */
  enum Action {
    /** Answers 200 with the body, and keeps the connection. */
    ANSWER,
    /** Sends nothing and waits until the client closes the connection. */
    STALL_HEAD,
    /** Sends the head and the first bytes of a longer body, then waits for the client to close. */
    STALL_BODY
  }

  /** A request as received. */
  record Received(String method, String path, String body) {}

  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final List<Received> requests = new CopyOnWriteArrayList<>();

  /** Announces each request as it arrives, before it is answered. */
  final BlockingQueue<Received> arrived = new LinkedBlockingQueue<>();

  /** The time (System.nanoTime) at which the client closed a connection the server stalled on. */
  final BlockingQueue<Long> clientClosed = new LinkedBlockingQueue<>();

  private final AtomicInteger inFlight = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final ServerSocket listener;
  private final Action action;
  private final String body;
  private final long holdMillis;
  private volatile CountDownLatch gate = new CountDownLatch(0);

  /**
   * @param holdMillis how long each answered request stays in flight before its answer is sent (to
   *     let requests overlap; never what a test asserts)
   */
  RawHttpServer(Action action, String body, long holdMillis) throws IOException {
    this.action = action;
    this.body = body;
    this.holdMillis = holdMillis;
    listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    Thread t = new Thread(this::acceptLoop, "raw-http-accept");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Holds answers until {@code requests} requests have arrived (10 s at most), so that they are all
   * in flight at once.
   */
  void holdUntil(int requests) {
    gate = new CountDownLatch(requests);
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket s = listener.accept();
        accepted.incrementAndGet();
        sockets.add(s);
        Thread t = new Thread(() -> serve(s), "raw-http-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (true) {
        Received request = readRequest(in);
        if (request == null) {
          return; // the client closed an idle connection
        }
        requests.add(request);
        arrived.add(request);
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
          switch (action) {
            case ANSWER -> {
              CountDownLatch g = gate;
              g.countDown();
              g.await(10, TimeUnit.SECONDS);
              if (holdMillis > 0) {
                Thread.sleep(holdMillis);
              }
              inFlight.decrementAndGet();
              byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
              out.write(head(bytes.length).getBytes(StandardCharsets.US_ASCII));
              out.write(bytes);
              out.flush();
            }
            case STALL_HEAD -> {
              awaitClientClose(in);
              return;
            }
            case STALL_BODY -> {
              out.write(head(1000).getBytes(StandardCharsets.US_ASCII));
              out.write("[{\"name\":\"A".getBytes(StandardCharsets.US_ASCII));
              out.flush();
              awaitClientClose(in);
              return;
            }
          }
        } catch (InterruptedException e) {
          return;
        }
      }
    } catch (IOException e) {
      // the connection ended
    }
  }

  private static String head(int length) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }

  /** Blocks until the client closes (or resets) the connection, then records when. */
  private void awaitClientClose(InputStream in) throws IOException {
    try {
      while (in.read() >= 0) {
        // the client sent more: keep waiting for the close
      }
    } catch (SocketException reset) {
      // a reset is a close too, unless the server itself is shutting down
      if (listener.isClosed()) {
        return;
      }
    }
    clientClosed.add(System.nanoTime());
  }

  private static Received readRequest(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        return null;
      }
      head.append((char) c);
    }
    String[] lines = head.toString().split("\r\n");
    String[] requestLine = lines[0].split(" ");
    int length = 0;
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Received(requestLine[0], requestLine[1], body);
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket s : sockets) {
      s.close();
    }
  }
}
