package com.example.feature.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.ccsdk.core.JsonField;
import io.github.ccsdk.core.Models;
import io.github.ccsdk.core.OpenEnum;
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
@JsonPropertyOrder({"outcome", "kind", "status"})
@JsonDeserialize(builder = Code.Builder.class)
public final class Code {
  private final JsonField<String> outcome;
  private final JsonField<KindEnum> kind;
  private final JsonField<Status> status;
  private final Map<String, JsonNode> additionalProperties;

  private Code(Builder builder) {
    this.outcome = builder.outcome;
    this.kind = builder.kind;
    this.status = builder.status;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** The code; documented as a string, sent as a number too. */
  public Optional<String> outcome() {
    return outcome.value();
  }

  /** The {@code outcome} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("outcome")
  public JsonField<String> _outcome() {
    return outcome;
  }

  /** An inline open enum, or a legacy number (no model of its own). */
  public Optional<KindEnum> kind() {
    return kind.value();
  }

  /** The {@code kind} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("kind")
  public JsonField<KindEnum> _kind() {
    return kind;
  }

  /** A known status, or its number. */
  public Optional<Status> status() {
    return status.value();
  }

  /** The {@code status} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("status")
  public JsonField<Status> _status() {
    return status;
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
    builder.outcome = outcome;
    builder.kind = kind;
    builder.status = status;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Code)) {
      return false;
    }
    Code other = (Code) o;
    return outcome.equals(other.outcome)
        && kind.equals(other.kind)
        && status.equals(other.status)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, kind, status, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("Code")
        .add("outcome", outcome)
        .add("kind", kind)
        .add("status", status)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link Code}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> outcome = JsonField.missing();
    private JsonField<KindEnum> kind = JsonField.missing();
    private JsonField<Status> status = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** The code; documented as a string, sent as a number too. */
    public Builder outcome(String outcome) {
      this.outcome = JsonField.of(outcome);
      return this;
    }

    /** Sets {@code outcome} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("outcome")
    public Builder _outcome(JsonField<String> outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome == null");
      return this;
    }

    /** An inline open enum, or a legacy number (no model of its own). */
    public Builder kind(KindEnum kind) {
      this.kind = JsonField.of(kind);
      return this;
    }

    /** Sets {@code kind} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("kind")
    public Builder _kind(JsonField<KindEnum> kind) {
      this.kind = Objects.requireNonNull(kind, "kind == null");
      return this;
    }

    /** A known status, or its number. */
    public Builder status(Status status) {
      this.status = JsonField.ofNullable(status);
      return this;
    }

    /** Sets {@code status} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("status")
    public Builder _status(JsonField<Status> status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public Code build() {
      return new Code(this);
    }
  }

  /**
   * Values of {@code kind}. Forward-compatible: a value this SDK does not know is kept as it came,
   * with {@link #known()} {@code UNKNOWN}.
   */
  public static final class KindEnum extends OpenEnum<KindEnum.Known> {
    /** The values known to this version of the SDK, and {@code UNKNOWN}. */
    public enum Known {
      CALL,
      CHAT,
      UNKNOWN
    }

    public static final KindEnum CALL = new KindEnum("call", Known.CALL);

    public static final KindEnum CHAT = new KindEnum("chat", Known.CHAT);

    private static final Values<KindEnum> VALUES = values(CALL, CHAT);

    private KindEnum(String value, Known known) {
      super(value, known);
    }

    /** The constant for {@code value}, or a new {@code UNKNOWN} instance that keeps it. */
    @JsonCreator
    public static KindEnum of(String value) {
      return VALUES.of(value, v -> new KindEnum(v, Known.UNKNOWN));
    }
  }
}
