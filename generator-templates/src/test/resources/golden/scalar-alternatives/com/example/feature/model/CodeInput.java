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
@JsonPropertyOrder({"pushKey", "dataset"})
@JsonDeserialize(builder = CodeInput.Builder.class)
public final class CodeInput {
  private final JsonField<String> pushKey;
  private final JsonField<Long> dataset;
  private final Map<String, JsonNode> additionalProperties;

  private CodeInput(Builder builder) {
    this.pushKey = builder.pushKey;
    this.dataset = builder.dataset;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** A device token, secret by its marking rather than its name. */
  public Optional<String> pushKey() {
    return pushKey.value();
  }

  /** The {@code pushKey} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("pushKey")
  public JsonField<String> _pushKey() {
    return pushKey;
  }

  /** Dataset id; the server takes "351" as well as 351. */
  public Optional<Long> dataset() {
    return dataset.value();
  }

  /** The {@code dataset} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("dataset")
  public JsonField<Long> _dataset() {
    return dataset;
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
    builder.pushKey = pushKey;
    builder.dataset = dataset;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CodeInput)) {
      return false;
    }
    CodeInput other = (CodeInput) o;
    return pushKey.equals(other.pushKey)
        && dataset.equals(other.dataset)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pushKey, dataset, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("CodeInput")
        .secret("pushKey", pushKey)
        .add("dataset", dataset)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link CodeInput}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> pushKey = JsonField.missing();
    private JsonField<Long> dataset = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** A device token, secret by its marking rather than its name. */
    public Builder pushKey(String pushKey) {
      this.pushKey = JsonField.of(pushKey);
      return this;
    }

    /** Sets {@code pushKey} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("pushKey")
    public Builder _pushKey(JsonField<String> pushKey) {
      this.pushKey = Objects.requireNonNull(pushKey, "pushKey == null");
      return this;
    }

    /** Dataset id; the server takes "351" as well as 351. */
    public Builder dataset(Long dataset) {
      this.dataset = JsonField.of(dataset);
      return this;
    }

    /** Sets {@code dataset} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("dataset")
    public Builder _dataset(JsonField<Long> dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public CodeInput build() {
      return new CodeInput(this);
    }
  }
}
