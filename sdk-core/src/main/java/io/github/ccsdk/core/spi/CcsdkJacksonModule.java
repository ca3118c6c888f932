package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import io.github.ccsdk.core.JsonField;
import io.github.ccsdk.core.OpenEnum;
import java.io.IOException;

/**
 * The runtime's Jackson setup beyond the standard modules: a missing {@link JsonField} property is
 * left out of the JSON (JsonField reads and writes itself, see its {@code JsonFieldCodec}), and an
 * {@link OpenEnum} reads a number or boolean as its text.
 */
final class CcsdkJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  CcsdkJacksonModule() {
    super("ccsdk");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addBeanDeserializerModifier(new OpenEnumsReadScalars());
    // NON_EMPTY asks JsonFieldCodec.Serializer.isEmpty, which is true only for a missing field: so
    // a
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
}
