package io.github.ccsdk.core;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.core.spi.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of the generated {@code Unknown} variant of a discriminated union: an object whose
 * discriminator value this SDK version does not know. The call does not fail; the JSON is kept as
 * it came and written back unchanged.
 */
public abstract class UnknownVariant {
  private final JsonNode json;
  private final String discriminatorProperty;

  /** Keeps {@code json} (copied); {@code discriminatorProperty} names the property that tells. */
  protected UnknownVariant(JsonNode json, String discriminatorProperty) {
    this.json = Objects.requireNonNull(json, "json == null").deepCopy();
    this.discriminatorProperty =
        Objects.requireNonNull(discriminatorProperty, "discriminatorProperty == null");
  }

  /** The JSON as received (a copy). */
  @JsonValue
  public final JsonNode json() {
    return json.deepCopy();
  }

  /** The discriminator value the SDK did not know, if the JSON had a text one. */
  public final Optional<String> discriminator() {
    JsonNode value = json.get(discriminatorProperty);
    return value != null && value.isValueNode() && !value.isNull()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  @Override
  public final boolean equals(Object o) {
    return o == this
        || (o != null && o.getClass() == getClass() && json.equals(((UnknownVariant) o).json));
  }

  @Override
  public final int hashCode() {
    return json.hashCode();
  }

  /** The class name and the JSON, secrets redacted. */
  @Override
  public String toString() {
    Class<?> type = getClass();
    String name =
        type.getEnclosingClass() != null
            ? type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName()
            : type.getSimpleName();
    return name + Redaction.defaults().json(json.toString());
  }
}
