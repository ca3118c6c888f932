package io.github.ccsdk.servicepattern;

import static io.github.ccsdk.servicepattern.ChatServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.core.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code close()} cuts off the long poll under way: a plain socket server takes the poll and never
 * answers, and sees its connection end once the stream is closed.
 */
@Timeout(60)
class ChatEventStreamCloseTest {
  /** Generous: the target is 100 ms (issue 17); this only proves the cut happens at all. */
  private static final Duration BOUND = Duration.ofSeconds(2);

  @Test
  void closeCutsOffThePollUnderWayAndItsConnection() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(10_000);
      ServicePatternClient client =
          ServicePatternClient.builder()
              .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/clientweb/api/v2")
              .appId("app-1")
              .tenantUrl("yourcompany.brightpattern.com")
              .retryPolicy(RetryPolicy.none())
              .build();
      ChatEventStream stream = client.chats().resume(CHAT).events();
      try (Socket poll = listener.accept()) {
        String head = requestHead(poll.getInputStream());
        assertTrue(head.startsWith("GET /clientweb/api/v2/chats/" + CHAT + "/events"), head);

        long start = System.nanoTime();
        stream.close();
        Duration closeReturned = Duration.ofNanos(System.nanoTime() - start);
        poll.setSoTimeout(10_000);
        assertEquals(-1, readUntilGone(poll.getInputStream()), "the client sent more bytes");
        Duration gone = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(closeReturned.compareTo(BOUND) < 0, "close() took " + closeReturned);
        assertTrue(gone.compareTo(BOUND) < 0, "the connection stayed open for " + gone);
      }
      assertEquals(Optional.of(ChatEventStream.End.CLOSED), stream.end());
      assertEquals(Optional.empty(), stream.failure(), "a cut on purpose is not a failure");
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (client.pollers.containsKey(CHAT) && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertTrue(!client.pollers.containsKey(CHAT), "the poller stopped");
    }
  }

  /** The request line and headers (a GET has no body). */
  private static String requestHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection ended inside the request head: " + head);
      }
      head.append((char) b);
    }
    return new String(
        head.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** -1 once the client has closed the connection (a reset counts as closed). */
  private static int readUntilGone(InputStream in) throws IOException {
    try {
      return in.read();
    } catch (SocketException reset) {
      return -1;
    }
  }
}
