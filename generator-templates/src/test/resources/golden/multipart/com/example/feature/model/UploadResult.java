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
@JsonPropertyOrder({"fileId"})
@JsonDeserialize(builder = UploadResult.Builder.class)
public final class UploadResult {
  private final JsonField<String> fileId;
  private final Map<String, JsonNode> additionalProperties;

  private UploadResult(Builder builder) {
    this.fileId = builder.fileId;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Id of the file. */
  public Optional<String> fileId() {
    return fileId.value();
  }

  /** The {@code fileId} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("fileId")
  public JsonField<String> _fileId() {
    return fileId;
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
    builder.fileId = fileId;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UploadResult)) {
      return false;
    }
    UploadResult other = (UploadResult) o;
    return fileId.equals(other.fileId) && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileId, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("UploadResult")
        .add("fileId", fileId)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link UploadResult}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> fileId = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Id of the file. */
    public Builder fileId(String fileId) {
      this.fileId = JsonField.of(fileId);
      return this;
    }

    /** Sets {@code fileId} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("fileId")
    public Builder _fileId(JsonField<String> fileId) {
      this.fileId = Objects.requireNonNull(fileId, "fileId == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public UploadResult build() {
      return new UploadResult(this);
    }
  }
}
