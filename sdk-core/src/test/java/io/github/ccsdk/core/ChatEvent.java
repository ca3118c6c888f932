package io.github.ccsdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

/** A discriminated union written by hand as the generator writes one (simplified variant). */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "event",
    visible = true,
    defaultImpl = ChatEvent.Unknown.class)
@JsonSubTypes({@JsonSubTypes.Type(value = ChatEvent.Ended.class, name = "ended")})
public interface ChatEvent {

  /** A known variant. */
  final class Ended implements ChatEvent {
    private final String event;
    private final String reason;

    @JsonCreator
    Ended(@JsonProperty("event") String event, @JsonProperty("reason") String reason) {
      this.event = event;
      this.reason = reason;
    }

    @JsonProperty("event")
    public String event() {
      return event;
    }

    @JsonProperty("reason")
    public String reason() {
      return reason;
    }
  }

  /** A {@code ChatEvent} whose {@code event} this SDK does not know. */
  final class Unknown extends UnknownVariant implements ChatEvent {
    @JsonCreator
    Unknown(JsonNode json) {
      super(json, "event");
    }
  }
}
