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

/** */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"id"})
@JsonDeserialize(builder = Widget.Builder.class)
public final class Widget {
  private final JsonField<Long> id;
  private final Map<String, JsonNode> additionalProperties;

  private Widget(Builder builder) {
    this.id = builder.id;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Id. */
  public Optional<Long> id() {
    return id.value();
  }

  /** The {@code id} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("id")
  public JsonField<Long> _id() {
    return id;
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
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Widget)) {
      return false;
    }
    Widget other = (Widget) o;
    return id.equals(other.id) && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("Widget").add("id", id).add(additionalProperties).toString();
  }

  /** Builds {@link Widget}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<Long> id = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Id. */
    public Builder id(Long id) {
      this.id = JsonField.of(id);
      return this;
    }

    /** Sets {@code id} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("id")
    public Builder _id(JsonField<Long> id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public Widget build() {
      return new Widget(this);
    }
  }
}
