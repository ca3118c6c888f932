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
@JsonPropertyOrder({"name"})
@JsonDeserialize(builder = RecordInput.Builder.class)
public final class RecordInput {
  private final JsonField<String> name;
  private final Map<String, JsonNode> additionalProperties;

  private RecordInput(Builder builder) {
    this.name = builder.name;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Name. */
  public Optional<String> name() {
    return name.value();
  }

  /** The {@code name} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("name")
  public JsonField<String> _name() {
    return name;
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
    builder.name = name;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RecordInput)) {
      return false;
    }
    RecordInput other = (RecordInput) o;
    return name.equals(other.name) && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("RecordInput").add("name", name).add(additionalProperties).toString();
  }

  /** Builds {@link RecordInput}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> name = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Name. */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /** Sets {@code name} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("name")
    public Builder _name(JsonField<String> name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public RecordInput build() {
      return new RecordInput(this);
    }
  }
}
