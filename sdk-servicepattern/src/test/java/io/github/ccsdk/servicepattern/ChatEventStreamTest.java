package io.github.ccsdk.servicepattern;

import static io.github.ccsdk.core.testing.WireServer.json;
import static io.github.ccsdk.servicepattern.ChatServer.CHAT;
import static io.github.ccsdk.servicepattern.ChatServer.ended;
import static io.github.ccsdk.servicepattern.ChatServer.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.spi.FaultSeams;
import io.github.ccsdk.servicepattern.model.ChatEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionMessageEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionTypingEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The event stream against a long-poll server that holds every poll until the test answers. */
@Timeout(60)
class ChatEventStreamTest {
  private final List<Duration> backoffs = new CopyOnWriteArrayList<>();
  private ChatServer server;
  private ServicePatternClient client;

  @BeforeEach
  void start() throws Exception {
    server = new ChatServer();
    ServicePatternClient.Builder builder =
        ServicePatternClient.builder()
            .baseUrl(server.url())
            .appId("app-1")
            .tenantUrl("yourcompany.brightpattern.com")
            .retryPolicy(RetryPolicy.none());
    FaultSeams.recordSleeps(builder, backoffs);
    FaultSeams.random(builder, () -> 0.5);
    client = builder.build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Reads the stream to its end, answering polls from another thread as they arrive. */
  private static List<ChatEvent> readAll(ChatEventStream stream) {
    List<ChatEvent> got = new ArrayList<>();
    for (ChatEvent event : stream) {
      got.add(event);
    }
    return got;
  }

  private static List<String> ids(List<ChatEvent> events) {
    List<String> ids = new ArrayList<>();
    for (ChatEvent e : events) {
      ids.add(
          e instanceof ChatSessionMessageEvent m
              ? m.msgId().orElseThrow()
              : e instanceof ChatEvent.Unknown u
                  ? "unknown:" + u.discriminator().orElseThrow()
                  : e.getClass().getSimpleName());
    }
    return ids;
  }

  /** Waits until no poller of the chat is left, so that no later poll can be missed. */
  private void awaitPollerGone() throws InterruptedException {
    while (client.pollers.containsKey(CHAT)) {
      Thread.sleep(1);
    }
  }

  @Test
  void everyEventOnceAndInOrderAcrossHeldPollsUntilChatSessionEnded() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    Thread answers =
        new Thread(
            () -> {
              try {
                server.answerPoll(message("m1", "Hello"), message("m2", "How can I help?"));
                server.answerPoll(); // a held poll that times out empty
                server.answerPoll(
                    "{\"event\":\"chat_session_typing\",\"party_id\":\"agent-1\"}",
                    "{\"event\":\"chat_session_brand_new\",\"x\":{\"y\":1}}");
                server.answerPoll(message("m3", "Bye"), ended());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    answers.start();

    List<ChatEvent> got;
    try (ChatEventStream stream = chat.events()) {
      got = readAll(stream);
      assertEquals(Optional.of(ChatEventStream.End.CHAT_ENDED), stream.end());
    }
    answers.join();
    awaitPollerGone();

    assertEquals(
        List.of(
            "m1",
            "m2",
            "ChatSessionTypingEvent",
            "unknown:chat_session_brand_new",
            "m3",
            "ChatSessionEndedEvent"),
        ids(got));
    ChatEvent.Unknown unknown = (ChatEvent.Unknown) got.get(3);
    assertEquals(1, unknown.json().get("x").get("y").asInt(), "the raw JSON is kept");
    assertInstanceOf(ChatSessionTypingEvent.class, got.get(2));
    assertEquals(4, server.polls(), "no poll after chat_session_ended");
    assertEquals(1, server.maxOpenPolls(), "never two polls open at once");
    assertTrue(backoffs.isEmpty(), "no error, no waiting: each poll followed the previous");
    for (var request : server.requests()) {
      assertEquals("/chats/" + CHAT + "/events", request.rawPath());
      assertEquals("tenantUrl=yourcompany.brightpattern.com", request.rawQuery());
    }
  }

  @Test
  void eventsInTheAnswerToASendAreDeliveredToo() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    server.otherwise(json(200, "{\"events\":[" + message("auto", "We are on it") + "]}"));
    try (ChatEventStream stream = chat.events()) {
      server.awaitPoll(); // the stream is polling; a send happens meanwhile
      chat.sendMessage("Hi");
      server.queuePollAnswer(json(200, "{\"events\":[" + message("m1", "Hello") + "]}"));
      server.answerPoll(ended());
      assertEquals(List.of("auto", "m1", "ChatSessionEndedEvent"), ids(readAll(stream)));
    }
  }

  @Test
  void failedPollsBackOffWithJitterAndASuccessResetsTheBackoff() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    Thread answers =
        new Thread(
            () -> {
              try {
                server.answerPoll(json(503, "{\"error_code\":\"5955\",\"error_message\":\"x\"}"));
                server.answerPoll(json(500, "{\"error_code\":\"5500\",\"error_message\":\"x\"}"));
                server.answerPoll(message("m1", "Hello"));
                server.answerPoll(json(503, "{\"error_code\":\"5004\",\"error_message\":\"x\"}"));
                server.answerPoll(
                    json(404, "{\"error_code\":\"5005\",\"error_message\":\"gone\"}"));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    answers.start();

    try (ChatEventStream stream = chat.events()) {
      assertEquals(List.of("m1"), ids(readAll(stream)));
      assertEquals(Optional.of(ChatEventStream.End.CHAT_GONE), stream.end());
    }
    answers.join();

    // Bounds 500 ms, 1 s, then 500 ms again after the success; waits are half fixed, half random.
    assertEquals(
        List.of(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(375)), backoffs);
    assertEquals(5, server.polls());
    assertEquals(1, server.maxOpenPolls());
  }

  @Test
  void noEventsErrorMeansPollAgainAtOnce() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    Thread answers =
        new Thread(
            () -> {
              try {
                server.answerPoll(
                    json(400, "{\"error_code\":\"5511\",\"error_message\":\"No events\"}"));
                server.answerPoll(ended());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    answers.start();
    try (ChatEventStream stream = chat.events()) {
      assertEquals(List.of("ChatSessionEndedEvent"), ids(readAll(stream)));
    }
    answers.join();
    assertTrue(backoffs.isEmpty(), backoffs.toString());
  }

  @Test
  void refusedCredentialsEndTheStreamWithTheTypedError() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    server.queuePollAnswer(json(401, "{\"error_code\":\"2003\",\"error_message\":\"no appId\"}"));
    try (ChatEventStream stream = chat.events()) {
      Iterator<ChatEvent> events = stream.iterator();
      ServicePatternException.Unauthorized e =
          assertThrows(ServicePatternException.Unauthorized.class, events::hasNext);
      assertEquals("2003", e.details().vendorCode().orElseThrow());
      assertEquals(Optional.of(ChatEventStream.End.FAILED), stream.end());
      assertEquals(Optional.of(e), stream.failure());
    }
    awaitPollerGone();
    assertEquals(1, server.polls());
  }

  @Test
  void closeEndsReadingAtOnceAndCutsOffTheHeldPollAndANewStreamGetsLaterEvents() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    ChatEventStream first = chat.events();
    server.awaitPoll(); // held
    first.close();
    assertFalse(first.iterator().hasNext(), "closed: reading ends at once");
    assertEquals(Optional.of(ChatEventStream.End.CLOSED), first.end());
    assertEquals(Optional.empty(), first.failure(), "a cut on purpose is not a failure");
    // The held poll is cut off (its connection closed), so its poller ends without an answer;
    // whatever the server would have sent in it is in the chat's history, not in a stream.
    awaitPollerGone();
    server.dropHeldPoll();

    try (ChatEventStream second = chat.events()) {
      server.answerPoll(message("m2", "next"), ended());
      assertEquals(List.of("m2", "ChatSessionEndedEvent"), ids(readAll(second)));
    }
    awaitPollerGone();
    assertEquals(2, server.polls());
    assertEquals(1, server.maxOpenPolls(), "never two polls open at once");
  }

  @Test
  void oneOpenStreamPerChat() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    try (ChatEventStream stream = chat.events()) {
      assertThrows(IllegalStateException.class, chat::events);
      stream.iterator();
      assertThrows(IllegalStateException.class, stream::iterator, "an iterator is read once");
    }
  }

  @Test
  void aListenerGetsEveryEventInOrderThenTheEnd() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    List<String> got = new CopyOnWriteArrayList<>();
    AtomicReference<ChatEventStream.End> end = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    ChatEventStream stream =
        chat.listen(
            new ChatEventListener() {
              @Override
              public void onEvent(ChatEvent event) {
                got.addAll(ids(List.of(event)));
              }

              @Override
              public void onEnd(ChatEventStream.End why, Optional<RuntimeException> failure) {
                end.set(why);
                done.countDown();
              }
            });
    server.answerPoll(message("m1", "Hello"));
    server.answerPoll(message("m2", "Bye"), ended());
    done.await();
    stream.close();

    assertEquals(List.of("m1", "m2", "ChatSessionEndedEvent"), got);
    assertEquals(ChatEventStream.End.CHAT_ENDED, end.get());
  }

  @Test
  void aListenerThatThrowsEndsTheStreamAsFailed() throws Exception {
    Chat chat = client.chats().resume(CHAT);
    AtomicReference<Optional<RuntimeException>> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    IllegalStateException boom = new IllegalStateException("boom");
    ChatEventStream stream =
        chat.listen(
            new ChatEventListener() {
              @Override
              public void onEvent(ChatEvent event) {
                throw boom;
              }

              @Override
              public void onEnd(ChatEventStream.End why, Optional<RuntimeException> cause) {
                failure.set(cause);
                done.countDown();
              }
            });
    server.answerPoll(message("m1", "Hello"));
    done.await();

    assertEquals(Optional.of(boom), failure.get());
    assertEquals(Optional.of(ChatEventStream.End.FAILED), stream.end());
  }
}
