package io.github.ccsdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.spi.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one model property as the server sent it: missing, {@code null}, a value of the
 * declared type, or JSON of another type.
 *
 * <p>Keeping these apart lets a model tell "not sent" from "sent as null" (so an update can clear a
 * field, or leave it alone), survive a server that sends a property with the wrong type (the call
 * still succeeds; only reading that property fails, with {@link InvalidDataException}), and write
 * back exactly what it read. Immutable.
 *
 * @param <T> the declared type of the property
 */
@JsonSerialize(using = JsonFieldCodec.Serializer.class)
@JsonDeserialize(using = JsonFieldCodec.Deserializer.class)
public final class JsonField<T> {
  private enum State {
    MISSING,
    NULL,
    VALUE,
    RAW
  }

  private static final JsonField<?> MISSING =
      new JsonField<>(State.MISSING, null, null, null, null);
  private static final JsonField<?> NULL =
      new JsonField<>(State.NULL, null, NullNode.getInstance(), null, null);

  private final State state;
  private final T value;

  /**
   * The JSON as received: {@code null} for a missing field and for a value set in code; for a
   * decoded value it is kept so the value is written back byte for byte as it came (a number {@code
   * 1.50} stays {@code 1.50}, an offset stays the offset the server used).
   */
  private final JsonNode node;

  /** For wrong-type JSON: the property name and expected type, for the error message. */
  private final String property;

  private final String expected;

  private JsonField(State state, T value, JsonNode node, String property, String expected) {
    this.state = state;
    this.value = value;
    this.node = node;
    this.property = property;
    this.expected = expected;
  }

  /** A property that is absent from the JSON; it is not written when the model is encoded. */
  @SuppressWarnings("unchecked") // holds no T
  public static <T> JsonField<T> missing() {
    return (JsonField<T>) MISSING;
  }

  /** A property that is present with the JSON value {@code null}. */
  @SuppressWarnings("unchecked") // holds no T
  public static <T> JsonField<T> ofNull() {
    return (JsonField<T>) NULL;
  }

  /** A property with {@code value}, which must not be null (use {@link #ofNull()}). */
  public static <T> JsonField<T> of(T value) {
    return new JsonField<>(
        State.VALUE, Objects.requireNonNull(value, "value == null"), null, null, null);
  }

  /** {@link #of(Object)} for a value, {@link #ofNull()} for null. */
  public static <T> JsonField<T> ofNullable(T value) {
    return value == null ? ofNull() : of(value);
  }

  /** JSON that did not convert to {@code T}; kept so it can be inspected and re-encoded. */
  static <T> JsonField<T> raw(JsonNode node) {
    return raw(node, null, null);
  }

  static <T> JsonField<T> raw(JsonNode node, String property, String expected) {
    Objects.requireNonNull(node, "node == null");
    if (node.isNull()) {
      return ofNull();
    }
    return new JsonField<>(State.RAW, null, node, property, expected);
  }

  /** A value converted from {@code source}, which is kept to re-encode it unchanged. */
  static <T> JsonField<T> decoded(T value, JsonNode source) {
    return new JsonField<>(
        State.VALUE,
        Objects.requireNonNull(value, "value == null"),
        Objects.requireNonNull(source, "source == null"),
        null,
        null);
  }

  /** True if the property was absent. */
  public boolean isMissing() {
    return state == State.MISSING;
  }

  /** True if the property was present with the value {@code null}. */
  public boolean isNull() {
    return state == State.NULL;
  }

  /**
   * The value; empty when missing or null.
   *
   * @throws InvalidDataException if the JSON had another type than {@code T}
   */
  public Optional<T> value() {
    switch (state) {
      case VALUE:
        return Optional.of(value);
      case RAW:
        throw wrongType(property);
      default:
        return Optional.empty();
    }
  }

  /**
   * The value of a property the spec requires.
   *
   * @throws InvalidDataException naming {@code propertyName} if it is missing, null or of another
   *     type
   */
  public T required(String propertyName) {
    Objects.requireNonNull(propertyName, "propertyName == null");
    switch (state) {
      case VALUE:
        return value;
      case RAW:
        throw wrongType(propertyName);
      case NULL:
        throw new InvalidDataException(
            "required property \"" + propertyName + "\" is null in the response");
      default:
        throw new InvalidDataException(
            "required property \"" + propertyName + "\" is missing from the response");
    }
  }

  /**
   * The JSON of this property: what was received (also when it had the wrong type), a {@code
   * NullNode} for null, the encoded value for a value set in code; empty when missing. A copy: the
   * field stays unchanged whatever the caller does with it.
   */
  public Optional<JsonNode> raw() {
    switch (state) {
      case MISSING:
        return Optional.empty();
      case VALUE:
        return Optional.of(node != null ? node.deepCopy() : Json.mapper().valueToTree(value));
      default:
        return Optional.of(node.deepCopy());
    }
  }

  /** For the serializer: the JSON to write as is, or null to serialize {@link #value}. */
  JsonNode nodeToWrite() {
    return node;
  }

  /** For the serializer: the value, or null. */
  T valueOrNull() {
    return value;
  }

  private InvalidDataException wrongType(String name) {
    StringBuilder s = new StringBuilder();
    if (name != null) {
      s.append("property \"").append(name).append("\": ");
    }
    s.append("expected ")
        .append(expected != null ? expected : "another type")
        .append(" but the JSON is ")
        .append(describe(node))
        .append("; the JSON as received is available from JsonField.raw()");
    return new InvalidDataException(s.toString());
  }

  /** "a string", "an array"... The value itself is not shown: it may be anything, even a secret. */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonField)) {
      return false;
    }
    JsonField<?> other = (JsonField<?>) o;
    if (state != other.state) {
      return false;
    }
    switch (state) {
      case VALUE:
        return value.equals(other.value);
      case RAW:
        return node.equals(other.node);
      default:
        return true;
    }
  }

  @Override
  public int hashCode() {
    switch (state) {
      case VALUE:
        return value.hashCode();
      case RAW:
        return 31 * node.hashCode() + 1;
      default:
        return state.ordinal();
    }
  }

  /**
   * {@code <missing>}, {@code null}, the value, or {@code <invalid: JSON>}; secrets are redacted in
   * JSON, also in a free-form JSON value.
   */
  @Override
  public String toString() {
    switch (state) {
      case MISSING:
        return "<missing>";
      case NULL:
        return "null";
      case VALUE:
        return value instanceof JsonNode
            ? Redaction.defaults().json(value.toString())
            : String.valueOf(value);
      default:
        return "<invalid: " + Redaction.defaults().json(node.toString()) + ">";
    }
  }
}
