package io.github.ccsdk.servicepattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.servicepattern.model.ChatEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionTypingEvent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Event time from either form of {@code timestamp}, in either unit. */
class ChatEventTimeTest {
  private static Optional<Instant> timeOf(String eventJson) throws Exception {
    return ChatEventTime.of(Json.mapper().readValue(eventJson, ChatEvent.class));
  }

  private static String typing(String timestamp) {
    return "{\"event\":\"chat_session_typing\",\"party_id\":\"p\",\"timestamp\":" + timestamp + "}";
  }

  @Test
  void secondsAsAStringOrANumberGiveTheSameInstant() throws Exception {
    Instant expected = Instant.parse("2021-02-16T10:45:42Z");
    assertEquals(Optional.of(expected), timeOf(typing("\"1613472342\"")));
    assertEquals(Optional.of(expected), timeOf(typing("1613472342")));
  }

  @Test
  void millisecondsAsAStringOrANumberGiveTheSameInstant() throws Exception {
    Instant expected = Instant.parse("2021-02-16T10:45:42.123Z");
    String message = "{\"event\":\"chat_session_message\",\"msg\":\"hi\",\"timestamp\":%s}";
    assertEquals(Optional.of(expected), timeOf(String.format(message, "\"1613472342123\"")));
    assertEquals(Optional.of(expected), timeOf(String.format(message, "1613472342123")));
  }

  @Test
  void theUnitIsToldBySizeAtTenToTheEleven() throws Exception {
    assertEquals(
        Optional.of(Instant.ofEpochSecond(99_999_999_999L)), timeOf(typing("99999999999")));
    assertEquals(
        Optional.of(Instant.ofEpochMilli(100_000_000_000L)), timeOf(typing("100000000000")));
    assertEquals(Optional.of(Instant.EPOCH), timeOf(typing("\"0\"")));
  }

  @Test
  void noUsableTimestampIsEmpty() throws Exception {
    assertEquals(Optional.empty(), timeOf("{\"event\":\"chat_session_typing\"}"));
    assertEquals(Optional.empty(), timeOf(typing("null")));
    assertEquals(Optional.empty(), timeOf(typing("\"yesterday\"")));
    assertEquals(Optional.empty(), timeOf(typing("\"-5\"")));
    assertEquals(Optional.empty(), timeOf(typing("-5")));
    assertEquals(Optional.empty(), timeOf(typing("1613472342.5")));
    assertEquals(Optional.empty(), timeOf(typing("\"99999999999999999999\"")));
  }

  @Test
  void eventsBuiltInCodeAndUnknownEventsToo() throws Exception {
    assertEquals(
        Optional.of(Instant.ofEpochSecond(1613472342L)),
        ChatEventTime.of(
            ChatSessionTypingEvent.builder()
                .event("chat_session_typing")
                .timestamp("1613472342")
                .build()));
    assertEquals(
        Optional.of(Instant.ofEpochSecond(1613472342L)),
        timeOf("{\"event\":\"chat_session_brand_new\",\"timestamp\":1613472342}"));
  }
}
