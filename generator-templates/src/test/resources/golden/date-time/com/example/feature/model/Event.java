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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An event. */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"id", "at", "day", "amount", "tags", "attributes", "payload"})
@JsonDeserialize(builder = Event.Builder.class)
public final class Event {
  private final JsonField<UUID> id;
  private final JsonField<OffsetDateTime> at;
  private final JsonField<LocalDate> day;
  private final JsonField<BigDecimal> amount;
  private final JsonField<List<String>> tags;
  private final JsonField<Map<String, String>> attributes;
  private final JsonField<JsonNode> payload;
  private final Map<String, JsonNode> additionalProperties;

  private Event(Builder builder) {
    this.id = builder.id;
    this.at = builder.at;
    this.day = builder.day;
    this.amount = builder.amount;
    this.tags = builder.tags;
    this.attributes = builder.attributes;
    this.payload = builder.payload;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Id. */
  public UUID id() {
    return id.required("id");
  }

  /** The {@code id} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("id")
  public JsonField<UUID> _id() {
    return id;
  }

  /** When. */
  public OffsetDateTime at() {
    return at.required("at");
  }

  /** The {@code at} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("at")
  public JsonField<OffsetDateTime> _at() {
    return at;
  }

  /** Day. */
  public Optional<LocalDate> day() {
    return day.value();
  }

  /** The {@code day} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("day")
  public JsonField<LocalDate> _day() {
    return day;
  }

  /** Amount. */
  public Optional<BigDecimal> amount() {
    return amount.value();
  }

  /** The {@code amount} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("amount")
  public JsonField<BigDecimal> _amount() {
    return amount;
  }

  /** Tags. */
  public Optional<List<String>> tags() {
    return tags.value();
  }

  /** The {@code tags} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("tags")
  public JsonField<List<String>> _tags() {
    return tags;
  }

  /** Free attributes. */
  public Optional<Map<String, String>> attributes() {
    return attributes.value();
  }

  /**
   * The {@code attributes} property as received: missing, null, a value, or JSON of another type.
   */
  @JsonProperty("attributes")
  public JsonField<Map<String, String>> _attributes() {
    return attributes;
  }

  /** Any JSON. */
  public Optional<JsonNode> payload() {
    return payload.value();
  }

  /** The {@code payload} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("payload")
  public JsonField<JsonNode> _payload() {
    return payload;
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
    builder.id = id;
    builder.at = at;
    builder.day = day;
    builder.amount = amount;
    builder.tags = tags;
    builder.attributes = attributes;
    builder.payload = payload;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Event)) {
      return false;
    }
    Event other = (Event) o;
    return id.equals(other.id)
        && at.equals(other.at)
        && day.equals(other.day)
        && amount.equals(other.amount)
        && tags.equals(other.tags)
        && attributes.equals(other.attributes)
        && payload.equals(other.payload)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, at, day, amount, tags, attributes, payload, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("Event")
        .add("id", id)
        .add("at", at)
        .add("day", day)
        .add("amount", amount)
        .add("tags", tags)
        .add("attributes", attributes)
        .add("payload", payload)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link Event}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<UUID> id = JsonField.missing();
    private JsonField<OffsetDateTime> at = JsonField.missing();
    private JsonField<LocalDate> day = JsonField.missing();
    private JsonField<BigDecimal> amount = JsonField.missing();
    private JsonField<List<String>> tags = JsonField.missing();
    private JsonField<Map<String, String>> attributes = JsonField.missing();
    private JsonField<JsonNode> payload = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Id. */
    public Builder id(UUID id) {
      this.id = JsonField.of(id);
      return this;
    }

    /** Sets {@code id} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("id")
    public Builder _id(JsonField<UUID> id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /** When. */
    public Builder at(OffsetDateTime at) {
      this.at = JsonField.of(at);
      return this;
    }

    /** Sets {@code at} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("at")
    public Builder _at(JsonField<OffsetDateTime> at) {
      this.at = Objects.requireNonNull(at, "at == null");
      return this;
    }

    /** Day. */
    public Builder day(LocalDate day) {
      this.day = JsonField.of(day);
      return this;
    }

    /** Sets {@code day} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("day")
    public Builder _day(JsonField<LocalDate> day) {
      this.day = Objects.requireNonNull(day, "day == null");
      return this;
    }

    /** Amount. */
    public Builder amount(BigDecimal amount) {
      this.amount = JsonField.of(amount);
      return this;
    }

    /** Sets {@code amount} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("amount")
    public Builder _amount(JsonField<BigDecimal> amount) {
      this.amount = Objects.requireNonNull(amount, "amount == null");
      return this;
    }

    /** Tags. */
    public Builder tags(List<String> tags) {
      this.tags = JsonField.of(tags);
      return this;
    }

    /** Sets {@code tags} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("tags")
    public Builder _tags(JsonField<List<String>> tags) {
      this.tags = Objects.requireNonNull(tags, "tags == null");
      return this;
    }

    /** Free attributes. */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = JsonField.of(attributes);
      return this;
    }

    /** Sets {@code attributes} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("attributes")
    public Builder _attributes(JsonField<Map<String, String>> attributes) {
      this.attributes = Objects.requireNonNull(attributes, "attributes == null");
      return this;
    }

    /** Any JSON. */
    public Builder payload(JsonNode payload) {
      this.payload = JsonField.of(payload);
      return this;
    }

    /** Sets {@code payload} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("payload")
    public Builder _payload(JsonField<JsonNode> payload) {
      this.payload = Objects.requireNonNull(payload, "payload == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public Event build() {
      return new Event(this);
    }
  }
}
