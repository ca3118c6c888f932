package io.github.ccsdk.servicepattern;

import static io.github.ccsdk.core.testing.WireServer.json;

import com.sun.net.httpserver.HttpExchange;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback chat server whose long poll holds every Get New Chat Events request until the test
 * answers it, and counts how many polls are open at once.
 */
final class ChatServer implements AutoCloseable {
  static final UUID CHAT = UUID.fromString("d6c1adc2-385b-42e5-9e0a-1883c2bc5f81");

  private final BlockingQueue<WireServer.Responder> pollAnswers = new LinkedBlockingQueue<>();
  private final Semaphore pollsArrived = new Semaphore(0);
  private final AtomicInteger openPolls = new AtomicInteger();
  private final AtomicInteger maxOpenPolls = new AtomicInteger();
  private final AtomicInteger polls = new AtomicInteger();
  private volatile WireServer.Responder other = json(200, "{\"events\":[]}");

  /** Stands for "the client went away": the held poll ends without an answer. */
  private static final WireServer.Responder DROP = exchange -> exchange.close();

  final WireServer wire;

  ChatServer() throws IOException {
    wire = WireServer.start(this::handle);
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean poll =
        exchange.getRequestMethod().equals("GET")
            && exchange.getRequestURI().getPath().endsWith("/events");
    if (!poll) {
      other.respond(exchange);
      return;
    }
    polls.incrementAndGet();
    maxOpenPolls.accumulateAndGet(openPolls.incrementAndGet(), Math::max);
    pollsArrived.release();
    WireServer.Responder answer;
    try {
      answer = pollAnswers.take(); // held until the test answers
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    // Closed before the answer goes out: the client cannot start its next poll any earlier.
    openPolls.decrementAndGet();
    answer.respond(exchange); // DROP: nobody is listening any more
  }

  /** Answers every request that is not a poll with {@code responder}. */
  void otherwise(WireServer.Responder responder) {
    this.other = responder;
  }

  /** Waits until the next poll is being held. */
  void awaitPoll() throws InterruptedException {
    pollsArrived.acquire();
  }

  /** Waits for the next poll, then answers it with these events. */
  void answerPoll(String... events) throws InterruptedException {
    awaitPoll();
    pollAnswers.add(json(200, "{\"events\":[" + String.join(",", events) + "]}"));
  }

  /** Waits for the next poll, then answers it with {@code responder}. */
  void answerPoll(WireServer.Responder responder) throws InterruptedException {
    awaitPoll();
    pollAnswers.add(responder);
  }

  /**
   * Ends the held poll without an answer, because its client cut it off. The JDK's HttpServer does
   * not tell a waiting handler that the client closed the connection, so the test says so once it
   * knows (the poller is gone); {@code ChatEventStreamCloseTest} watches the socket itself.
   */
  void dropHeldPoll() {
    pollAnswers.add(DROP);
  }

  /** Answers the poll being held (or the next) without waiting for it. */
  void queuePollAnswer(WireServer.Responder responder) {
    pollAnswers.add(responder);
  }

  int polls() {
    return polls.get();
  }

  int maxOpenPolls() {
    return maxOpenPolls.get();
  }

  String url() {
    return wire.url();
  }

  List<WireServer.Recorded> requests() {
    return wire.requests();
  }

  static String message(String msgId, String text) {
    return "{\"event\":\"chat_session_message\",\"msg_id\":\""
        + msgId
        + "\",\"party_id\":\"agent-1\",\"msg\":\""
        + text
        + "\",\"timestamp\":\"1501080575\"}";
  }

  static String ended() {
    return "{\"event\":\"chat_session_ended\"}";
  }

  @Override
  public void close() {
    // Let held polls go, so that no poller thread outlives the test waiting on this server.
    for (int i = 0; i < 8; i++) {
      pollAnswers.add(json(404, "{\"error_code\":\"5005\",\"error_message\":\"gone\"}"));
    }
    wire.close();
  }
}
