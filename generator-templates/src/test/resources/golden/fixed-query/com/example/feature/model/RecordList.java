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
@JsonPropertyOrder({"total"})
@JsonDeserialize(builder = RecordList.Builder.class)
public final class RecordList {
  private final JsonField<Integer> total;
  private final Map<String, JsonNode> additionalProperties;

  private RecordList(Builder builder) {
    this.total = builder.total;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Count. */
  public Optional<Integer> total() {
    return total.value();
  }

  /** The {@code total} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("total")
  public JsonField<Integer> _total() {
    return total;
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
    builder.total = total;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RecordList)) {
      return false;
    }
    RecordList other = (RecordList) o;
    return total.equals(other.total) && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(total, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("RecordList").add("total", total).add(additionalProperties).toString();
  }

  /** Builds {@link RecordList}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<Integer> total = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Count. */
    public Builder total(Integer total) {
      this.total = JsonField.of(total);
      return this;
    }

    /** Sets {@code total} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("total")
    public Builder _total(JsonField<Integer> total) {
      this.total = Objects.requireNonNull(total, "total == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public RecordList build() {
      return new RecordList(this);
    }
  }
}
