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

/** The error body. */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"code", "message"})
@JsonDeserialize(builder = WidgetError.Builder.class)
public final class WidgetError {
  private final JsonField<Integer> code;
  private final JsonField<String> message;
  private final Map<String, JsonNode> additionalProperties;

  private WidgetError(Builder builder) {
    this.code = builder.code;
    this.message = builder.message;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Error code. */
  public Optional<Integer> code() {
    return code.value();
  }

  /** The {@code code} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("code")
  public JsonField<Integer> _code() {
    return code;
  }

  /** Error text. */
  public Optional<String> message() {
    return message.value();
  }

  /** The {@code message} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("message")
  public JsonField<String> _message() {
    return message;
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
    builder.code = code;
    builder.message = message;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WidgetError)) {
      return false;
    }
    WidgetError other = (WidgetError) o;
    return code.equals(other.code)
        && message.equals(other.message)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("WidgetError")
        .add("code", code)
        .add("message", message)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link WidgetError}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<Integer> code = JsonField.missing();
    private JsonField<String> message = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Error code. */
    public Builder code(Integer code) {
      this.code = JsonField.of(code);
      return this;
    }

    /** Sets {@code code} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("code")
    public Builder _code(JsonField<Integer> code) {
      this.code = Objects.requireNonNull(code, "code == null");
      return this;
    }

    /** Error text. */
    public Builder message(String message) {
      this.message = JsonField.of(message);
      return this;
    }

    /** Sets {@code message} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("message")
    public Builder _message(JsonField<String> message) {
      this.message = Objects.requireNonNull(message, "message == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public WidgetError build() {
      return new WidgetError(this);
    }
  }
}
