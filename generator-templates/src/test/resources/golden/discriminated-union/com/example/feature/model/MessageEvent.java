package com.example.feature.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.ccsdk.core.JsonField;
import io.github.ccsdk.core.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A message. */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"event", "msg"})
@JsonDeserialize(builder = MessageEvent.Builder.class)
public final class MessageEvent implements ChatEvent {
  private final JsonField<String> event;
  private final JsonField<String> msg;
  private final Map<String, JsonNode> additionalProperties;

  private MessageEvent(Builder builder) {
    this.event = builder.event;
    this.msg = builder.msg;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Always chat_session_message. */
  public String event() {
    return event.required("event");
  }

  /** The {@code event} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("event")
  public JsonField<String> _event() {
    return event;
  }

  /** Text. */
  public Optional<String> msg() {
    return msg.value();
  }

  /** The {@code msg} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("msg")
  public JsonField<String> _msg() {
    return msg;
  }

  /** Properties the spec does not declare, kept as they came. */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.event = event;
    builder.msg = msg;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MessageEvent)) {
      return false;
    }
    MessageEvent other = (MessageEvent) o;
    return event.equals(other.event)
        && msg.equals(other.msg)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, msg, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("MessageEvent")
        .add("event", event)
        .add("msg", msg)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link MessageEvent}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> event = JsonField.missing();
    private JsonField<String> msg = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Always chat_session_message. */
    public Builder event(String event) {
      this.event = JsonField.of(event);
      return this;
    }

    /** Sets {@code event} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("event")
    public Builder _event(JsonField<String> event) {
      this.event = Objects.requireNonNull(event, "event == null");
      return this;
    }

    /** Text. */
    public Builder msg(String msg) {
      this.msg = JsonField.of(msg);
      return this;
    }

    /** Sets {@code msg} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("msg")
    public Builder _msg(JsonField<String> msg) {
      this.msg = Objects.requireNonNull(msg, "msg == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public MessageEvent build() {
      return new MessageEvent(this);
    }
  }
}
