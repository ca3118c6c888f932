package com.example.feature.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.core.UnknownVariant;

/**
 * Told apart by `event`; unknown types are kept.
 *
 * <p>Told apart by {@code event}. A value this SDK does not know arrives as {@link Unknown}, which
 * keeps the JSON as it came.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "event",
    visible = true,
    defaultImpl = ChatEvent.Unknown.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = EndedEvent.class, name = "chat_session_ended"),
  @JsonSubTypes.Type(value = MessageEvent.class, name = "chat_session_message"),
})
public interface ChatEvent {

  /** A {@code ChatEvent} whose {@code event} this SDK does not know. */
  final class Unknown extends UnknownVariant implements ChatEvent {
    @JsonCreator
    Unknown(JsonNode json) {
      super(json, "event");
    }
  }
}
