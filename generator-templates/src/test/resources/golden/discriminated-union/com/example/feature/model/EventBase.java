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

/** Fields of every event. */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"event"})
@JsonDeserialize(builder = EventBase.Builder.class)
public final class EventBase {
  private final JsonField<String> event;
  private final Map<String, JsonNode> additionalProperties;

  private EventBase(Builder builder) {
    this.event = builder.event;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Event type. */
  public String event() {
    return event.required("event");
  }

  /** The {@code event} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("event")
  public JsonField<String> _event() {
    return event;
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
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EventBase)) {
      return false;
    }
    EventBase other = (EventBase) o;
    return event.equals(other.event) && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("EventBase").add("event", event).add(additionalProperties).toString();
  }

  /** Builds {@link EventBase}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> event = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Event type. */
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

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public EventBase build() {
      return new EventBase(this);
    }
  }
}
