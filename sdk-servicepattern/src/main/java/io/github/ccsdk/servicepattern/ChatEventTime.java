package io.github.ccsdk.servicepattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.servicepattern.model.ChatEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a chat event happened, read from its {@code timestamp}.
 *
 * <p>The server and the clients write it as a string of digits ({@code "1613472342"}) or as a JSON
 * number ({@code 1613472342}), and its unit differs by event type: the docs give milliseconds for
 * messages and party events, seconds for typing, forms, location and receipts. The unit is told by
 * size: a value below 10<sup>11</sup> is seconds (10<sup>11</sup> seconds is the year 5138), a
 * larger one milliseconds (10<sup>11</sup> milliseconds is March 1973, before any chat server).
 */
public final class ChatEventTime {
  /** The boundary between seconds and milliseconds. */
  static final long MILLIS_FROM = 100_000_000_000L;

  private ChatEventTime() {}

  /**
   * The event's time, or empty when it has no {@code timestamp} or one that is not a whole,
   * non-negative number (a string of digits or a JSON integer).
   */
  public static Optional<Instant> of(ChatEvent event) {
    Objects.requireNonNull(event, "event == null");
    JsonNode json = Json.mapper().valueToTree(event);
    return parse(json.get("timestamp"));
  }

  /** The instant of a {@code timestamp} value, in either form and either unit. */
  static Optional<Instant> parse(JsonNode timestamp) {
    if (timestamp == null) {
      return Optional.empty();
    }
    long value;
    if (timestamp.isIntegralNumber() && timestamp.canConvertToLong()) {
      value = timestamp.longValue();
    } else if (timestamp.isTextual() && timestamp.asText().matches("[0-9]{1,18}")) {
      value = Long.parseLong(timestamp.asText());
    } else {
      return Optional.empty();
    }
    if (value < 0) {
      return Optional.empty();
    }
    return Optional.of(
        value < MILLIS_FROM ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value));
  }
}
