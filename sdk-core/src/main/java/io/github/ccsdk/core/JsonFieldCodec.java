package io.github.ccsdk.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How Jackson reads and writes a {@link JsonField} (named by the annotations on it, so every mapper
 * uses it): read any JSON into it without ever failing on a type mismatch, and write it back as it
 * was (value, {@code null}, the raw JSON, or nothing at all when missing, which needs the runtime
 * mapper's {@code NON_EMPTY} inclusion for JsonField properties).
 */
final class JsonFieldCodec {
  private JsonFieldCodec() {}

  /** Reads one property into a {@link JsonField} of the property's declared value type. */
  static final class Deserializer extends StdDeserializer<JsonField<?>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final JavaType valueType;
    private final String property;

    /**
     * What {@code ctxt.readTreeAsValue(node, valueType)} and {@code ctxt.readTree(p)} would look up
     * for every value: found on first use and kept, as Jackson's own bean deserializers keep theirs
     * per property. A lookup per value costs more than reading the value (the root value
     * deserializer of a {@code List<...>} is not cached by Jackson and is rebuilt each time). Racy
     * but idempotent: two threads may both look it up and keep equal results.
     */
    private transient volatile JsonDeserializer<Object> valueDeserializer;

    private transient volatile JsonDeserializer<Object> treeDeserializer;

    /** For Jackson, which makes it contextual per property. */
    Deserializer() {
      this(null, null);
    }

    Deserializer(JavaType valueType, String property) {
      super(JsonField.class);
      this.valueType = valueType;
      this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty p) {
      JavaType fieldType = p != null ? p.getType() : ctxt.getContextualType();
      JavaType value =
          fieldType != null && fieldType.containedTypeCount() == 1
              ? fieldType.containedType(0)
              : TypeFactory.unknownType();
      return new Deserializer(value, p != null ? p.getName() : null);
    }

    @Override
    public JsonField<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = readTree(p, ctxt);
      if (node == null || node.isNull() || node.isMissingNode()) {
        return JsonField.ofNull();
      }
      JavaType type = valueType != null ? valueType : TypeFactory.unknownType();
      Object value;
      try {
        value = readTreeAsValue(node, type, ctxt);
      } catch (IOException | RuntimeException e) {
        // The promise of JsonField: a wrong type never fails the call. It fails only when the
        // caller reads this property, with a message naming it.
        return JsonField.raw(node, property, describe(type));
      }
      if (value == null) {
        // Jackson turns some non-null JSON (like "" for a number) into null: that is not a value
        // of the declared type, so keep the JSON instead of pretending it was null.
        return JsonField.raw(node, property, describe(type));
      }
      return JsonField.decoded(freeze(value), node);
    }

    /** {@code ctxt.readTree(p)}, with the JsonNode deserializer looked up once. */
    private JsonNode readTree(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == null) {
        t = p.nextToken();
        if (t == null) {
          return ctxt.getNodeFactory().missingNode();
        }
      }
      if (t == JsonToken.VALUE_NULL) {
        return ctxt.getNodeFactory().nullNode();
      }
      JsonDeserializer<Object> deserializer = treeDeserializer;
      if (deserializer == null) {
        deserializer = ctxt.findRootValueDeserializer(ctxt.constructType(JsonNode.class));
        treeDeserializer = deserializer;
      }
      return (JsonNode) deserializer.deserialize(p, ctxt);
    }

    /**
     * {@code ctxt.readTreeAsValue(node, type)} step by step as Jackson does it, with the value
     * deserializer looked up once. A lookup that fails is not kept: it fails again for the next
     * value, as before.
     */
    private Object readTreeAsValue(JsonNode node, JavaType type, DeserializationContext ctxt)
        throws IOException {
      if (node == null || node.isMissingNode()) {
        return null;
      }
      JsonDeserializer<Object> deserializer = valueDeserializer;
      if (deserializer == null) {
        deserializer = ctxt.findRootValueDeserializer(type);
        if (deserializer == null) {
          return ctxt.reportBadDefinition(
              type,
              "Could not find JsonDeserializer for type " + ClassUtil.getTypeDescription(type));
        }
        valueDeserializer = deserializer;
      }
      JsonParser outer = ctxt.getParser();
      try (TreeTraversingParser tokens =
          new TreeTraversingParser(node, outer == null ? null : outer.getCodec())) {
        tokens.nextToken();
        return tokens.hasToken(JsonToken.VALUE_NULL)
            ? deserializer.getNullValue(ctxt)
            : deserializer.deserialize(tokens, ctxt);
      }
    }

    @Override
    public JsonField<?> getNullValue(DeserializationContext ctxt) {
      return JsonField.ofNull();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return JsonField.missing();
    }

    /** Collections Jackson built are mutable; a model's values must not be. */
    private static Object freeze(Object value) {
      if (value instanceof List) {
        return Collections.unmodifiableList((List<?>) value);
      }
      if (value instanceof Set) {
        return Collections.unmodifiableSet((Set<?>) value);
      }
      if (value instanceof Map) {
        return Collections.unmodifiableMap((Map<?, ?>) value);
      }
      return value;
    }

    /** {@code UUID}, {@code List<Visitor>}: short, for error messages. */
    static String describe(JavaType type) {
      if (type.getRawClass() == Object.class) {
        return "a JSON value";
      }
      StringBuilder s = new StringBuilder(type.getRawClass().getSimpleName());
      if (type.containedTypeCount() > 0) {
        s.append('<');
        for (int i = 0; i < type.containedTypeCount(); i++) {
          if (i > 0) {
            s.append(", ");
          }
          s.append(describe(type.containedType(i)));
        }
        s.append('>');
      }
      return s.toString();
    }
  }

  /** Writes a {@link JsonField} as it was read or set. */
  static final class Serializer extends StdSerializer<JsonField<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"}) // JsonField<?> has no class literal of its own
    Serializer() {
      super((Class) JsonField.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, JsonField<?> field) {
      return field == null || field.isMissing();
    }

    @Override
    public void serialize(JsonField<?> field, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      JsonNode node = field.nodeToWrite();
      if (node != null) {
        gen.writeTree(node);
      } else if (field.isMissing() || field.isNull()) {
        // A missing field is only written where no property filter applies (a JsonField in a
        // list, or on its own); null is the closest JSON has.
        gen.writeNull();
      } else {
        provider.defaultSerializeValue(field.valueOrNull(), gen);
      }
    }
  }
}
