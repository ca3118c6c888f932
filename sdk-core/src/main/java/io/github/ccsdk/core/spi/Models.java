package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.core.JsonField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Small helpers that keep generated model classes thin. */
public final class Models {
  private Models() {}

  /** An unmodifiable copy that keeps insertion order (and JSON nulls). */
  public static <V> Map<String, V> immutable(Map<String, ? extends V> map) {
    Objects.requireNonNull(map, "map == null");
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Starts the {@code toString()} of a model named {@code typeName}. */
  public static ToString toString(String typeName) {
    return new ToString(Objects.requireNonNull(typeName, "typeName == null"));
  }

  /**
   * Builds {@code Visitor{id=..., name=...}}: missing properties are left out, secret ones show
   * {@code REDACTED}, and so do additional properties and JSON values whose names are known secrets
   * ({@code password}, {@code token}...), so a model can be logged safely.
   */
  public static final class ToString {
    private final StringBuilder s;
    private boolean first = true;

    private ToString(String typeName) {
      this.s = new StringBuilder(typeName).append('{');
    }

    /** Adds a property; a missing {@link JsonField} is skipped. */
    public ToString add(String name, Object value) {
      return append(name, value, Redaction.defaults().isSecretName(name));
    }

    /** Adds a property whose value is a secret: only whether it is set shows. */
    public ToString secret(String name, Object value) {
      return append(name, value, true);
    }

    /** Adds the additional (undeclared) properties. */
    public ToString add(Map<String, ?> additionalProperties) {
      Objects.requireNonNull(additionalProperties, "additionalProperties == null");
      for (Map.Entry<String, ?> e : additionalProperties.entrySet()) {
        add(e.getKey(), e.getValue());
      }
      return this;
    }

    private ToString append(String name, Object value, boolean secret) {
      Objects.requireNonNull(name, "name == null");
      if (value instanceof JsonField && ((JsonField<?>) value).isMissing()) {
        return this;
      }
      if (!first) {
        s.append(", ");
      }
      first = false;
      s.append(name).append('=');
      boolean isNull =
          value == null
              || (value instanceof JsonField && ((JsonField<?>) value).isNull())
              || (value instanceof JsonNode && ((JsonNode) value).isNull());
      if (secret && !isNull) {
        s.append(Redaction.REDACTED);
      } else if (value instanceof JsonNode) {
        s.append(Redaction.defaults().json(value.toString()));
      } else {
        s.append(value); // a JsonField redacts free-form JSON itself
      }
      return this;
    }

    @Override
    public String toString() {
      return s + "}";
    }
  }
}
