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

/** A lamp. */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"color", "state", "kind", "level"})
@JsonDeserialize(builder = Lamp.Builder.class)
public final class Lamp {
  private final JsonField<Color> color;
  private final JsonField<StateEnum> state;
  private final JsonField<String> kind;
  private final JsonField<Integer> level;
  private final Map<String, JsonNode> additionalProperties;

  private Lamp(Builder builder) {
    this.color = builder.color;
    this.state = builder.state;
    this.kind = builder.kind;
    this.level = builder.level;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** */
  public Optional<Color> color() {
    return color.value();
  }

  /** The {@code color} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("color")
  public JsonField<Color> _color() {
    return color;
  }

  /** Inline enum of the lamp. */
  public Optional<StateEnum> state() {
    return state.value();
  }

  /** The {@code state} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("state")
  public JsonField<StateEnum> _state() {
    return state;
  }

  /** A one-value enum is a constant, not a class. */
  public Optional<String> kind() {
    return kind.value();
  }

  /** The {@code kind} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("kind")
  public JsonField<String> _kind() {
    return kind;
  }

  /** A number enum stays a number. */
  public Optional<Integer> level() {
    return level.value();
  }

  /** The {@code level} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("level")
  public JsonField<Integer> _level() {
    return level;
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
    builder.color = color;
    builder.state = state;
    builder.kind = kind;
    builder.level = level;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Lamp)) {
      return false;
    }
    Lamp other = (Lamp) o;
    return color.equals(other.color)
        && state.equals(other.state)
        && kind.equals(other.kind)
        && level.equals(other.level)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, state, kind, level, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("Lamp")
        .add("color", color)
        .add("state", state)
        .add("kind", kind)
        .add("level", level)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link Lamp}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<Color> color = JsonField.missing();
    private JsonField<StateEnum> state = JsonField.missing();
    private JsonField<String> kind = JsonField.missing();
    private JsonField<Integer> level = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** */
    public Builder color(Color color) {
      this.color = JsonField.of(color);
      return this;
    }

    /** Sets {@code color} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("color")
    public Builder _color(JsonField<Color> color) {
      this.color = Objects.requireNonNull(color, "color == null");
      return this;
    }

    /** Inline enum of the lamp. */
    public Builder state(StateEnum state) {
      this.state = JsonField.of(state);
      return this;
    }

    /** Sets {@code state} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("state")
    public Builder _state(JsonField<StateEnum> state) {
      this.state = Objects.requireNonNull(state, "state == null");
      return this;
    }

    /** A one-value enum is a constant, not a class. */
    public Builder kind(String kind) {
      this.kind = JsonField.of(kind);
      return this;
    }

    /** Sets {@code kind} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("kind")
    public Builder _kind(JsonField<String> kind) {
      this.kind = Objects.requireNonNull(kind, "kind == null");
      return this;
    }

    /** A number enum stays a number. */
    public Builder level(Integer level) {
      this.level = JsonField.of(level);
      return this;
    }

    /** Sets {@code level} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("level")
    public Builder _level(JsonField<Integer> level) {
      this.level = Objects.requireNonNull(level, "level == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public Lamp build() {
      return new Lamp(this);
    }
  }

  /**
   * Values of {@code state}. Forward-compatible: a value this SDK does not know is kept as it came,
   * with {@link #known()} {@code UNKNOWN}.
   */
  public static final class StateEnum extends OpenEnum<StateEnum.Known> {
    /** The values known to this version of the SDK, and {@code UNKNOWN}. */
    public enum Known {
      ON,
      OFF,
      UNKNOWN
    }

    public static final StateEnum ON = new StateEnum("on", Known.ON);

    public static final StateEnum OFF = new StateEnum("off", Known.OFF);

    private static final Values<StateEnum> VALUES = values(ON, OFF);

    private StateEnum(String value, Known known) {
      super(value, known);
    }

    /** The constant for {@code value}, or a new {@code UNKNOWN} instance that keeps it. */
    @JsonCreator
    public static StateEnum of(String value) {
      return VALUES.of(value, v -> new StateEnum(v, Known.UNKNOWN));
    }
  }
}
