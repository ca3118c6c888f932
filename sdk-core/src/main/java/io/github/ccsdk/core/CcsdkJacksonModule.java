package io.github.ccsdk.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Teaches Jackson {@link JsonField}: read any JSON into it without ever failing on a type mismatch,
 * and write it back as it was (value, {@code null}, the raw JSON, or nothing at all when missing).
 */
final class CcsdkJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings({"unchecked", "rawtypes"}) // JsonField<?> has no class literal of its own
  CcsdkJacksonModule() {
    super("ccsdk");
    addDeserializer((Class) JsonField.class, new FieldDeserializer(null, null));
    addSerializer((Class) JsonField.class, new FieldSerializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addBeanDeserializerModifier(new OpenEnumsReadScalars());
    // NON_EMPTY asks FieldSerializer.isEmpty, which is true only for a missing field: so a
    // missing JsonField property is left out of the JSON while null, "", [] and {} are written.
    // A per-type override leaves every other property's inclusion alone.
    context
        .configOverride(JsonField.class)
        .setIncludeAsProperty(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
  }

  /**
   * Lets every {@link OpenEnum} read a number or boolean as its text ({@code 3} as {@code "3"}):
   * servers send enum values unquoted at times (Comm100's visitor {@code status}), and an open enum
   * keeps what it does not know rather than failing.
   */
  static final class OpenEnumsReadScalars extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deser) {
      return OpenEnum.class.isAssignableFrom(description.getBeanClass())
          ? new ScalarAsText(deser)
          : deser;
    }
  }

  /** Hands a number or boolean to the wrapped deserializer as a JSON string of the same text. */
  static final class ScalarAsText extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    ScalarAsText(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new ScalarAsText(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token != null
          && token.isScalarValue()
          && token != JsonToken.VALUE_STRING
          && token != JsonToken.VALUE_NULL
          && token != JsonToken.VALUE_EMBEDDED_OBJECT) {
        try (JsonParser text =
            new TreeTraversingParser(TextNode.valueOf(p.getText()), p.getCodec())) {
          text.nextToken();
          return _delegatee.deserialize(text, ctxt);
        }
      }
      return _delegatee.deserialize(p, ctxt);
    }
  }

  /** Reads one property into a {@link JsonField} of the property's declared value type. */
  static final class FieldDeserializer extends StdDeserializer<JsonField<?>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final JavaType valueType;
    private final String property;

    FieldDeserializer(JavaType valueType, String property) {
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
      return new FieldDeserializer(value, p != null ? p.getName() : null);
    }

    @Override
    public JsonField<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (node == null || node.isNull() || node.isMissingNode()) {
        return JsonField.ofNull();
      }
      JavaType type = valueType != null ? valueType : TypeFactory.unknownType();
      Object value;
      try {
        value = ctxt.readTreeAsValue(node, type);
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
  static final class FieldSerializer extends StdSerializer<JsonField<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"}) // JsonField<?> has no class literal of its own
    FieldSerializer() {
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
