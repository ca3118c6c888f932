package io.github.ccsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccsdk.core.spi.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The codec keeps the value deserializer of each property after its first value: each value must
 * still read exactly as plain Jackson reads it on its own ({@code readValue(json, type)}), a value
 * of the wrong type must still become raw JSON, and a wrong value must not spoil the next one.
 */
class JsonFieldCodecTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  /** One JsonField property per value type the generated models use. */
  static final class Holder {
    @JsonProperty("i")
    JsonField<Integer> i;

    @JsonProperty("l")
    JsonField<Long> l;

    @JsonProperty("d")
    JsonField<Double> d;

    @JsonProperty("n")
    JsonField<BigDecimal> n;

    @JsonProperty("b")
    JsonField<Boolean> b;

    @JsonProperty("s")
    JsonField<String> s;

    @JsonProperty("u")
    JsonField<UUID> u;

    @JsonProperty("t")
    JsonField<OffsetDateTime> t;

    @JsonProperty("e")
    JsonField<VisitorStatus> e;

    @JsonProperty("li")
    JsonField<List<Integer>> li;

    @JsonProperty("lv")
    JsonField<List<Visitor>> lv;

    @JsonProperty("m")
    JsonField<Map<String, Integer>> m;

    @JsonProperty("o")
    JsonField<Object> o;

    @JsonProperty("j")
    JsonField<JsonNode> j;
  }

  private static final String[] PROPERTIES = {
    "i", "l", "d", "n", "b", "s", "u", "t", "e", "li", "lv", "m", "o", "j"
  };

  private static final TypeReference<?>[] TYPES = {
    new TypeReference<Integer>() {},
    new TypeReference<Long>() {},
    new TypeReference<Double>() {},
    new TypeReference<BigDecimal>() {},
    new TypeReference<Boolean>() {},
    new TypeReference<String>() {},
    new TypeReference<UUID>() {},
    new TypeReference<OffsetDateTime>() {},
    new TypeReference<VisitorStatus>() {},
    new TypeReference<List<Integer>>() {},
    new TypeReference<List<Visitor>>() {},
    new TypeReference<Map<String, Integer>>() {},
    new TypeReference<Object>() {},
    new TypeReference<JsonNode>() {},
  };

  /** Right and wrong JSON for the types above, in an order that mixes good and bad values. */
  private static final String[] VALUES = {
    "7",
    "\"7\"",
    "1.5",
    "12345678901",
    "true",
    "\"text\"",
    "\"\"",
    "\"6c1b1c38-6f5e-4a3e-9d2b-0b6f3f1d2a11\"",
    "\"not-a-uuid\"",
    "\"2024-05-01T10:00:00+02:00\"",
    "\"yesterday\"",
    "\"chatting\"",
    "3",
    "[1,2,3]",
    "[1,\"x\"]",
    "[{\"id\":\"6c1b1c38-6f5e-4a3e-9d2b-0b6f3f1d2a11\",\"visits\":2}]",
    "[{\"visits\":\"many\"}]",
    "{\"a\":1,\"b\":2}",
    "{\"a\":\"x\"}",
    "{}",
    "[]",
    "false",
    "7",
  };

  @Test
  void eachValueReadsAsPlainJacksonReadsIt() throws Exception {
    // One holder per value, read one after the other with the same mapper, so that every
    // property's kept deserializer meets every value, good ones after bad ones.
    for (String value : VALUES) {
      StringBuilder json = new StringBuilder("{");
      for (int p = 0; p < PROPERTIES.length; p++) {
        json.append(p > 0 ? "," : "").append('"').append(PROPERTIES[p]).append("\":").append(value);
      }
      Holder holder = MAPPER.readValue(json.append('}').toString(), Holder.class);
      List<JsonField<?>> fields =
          List.of(
              holder.i, holder.l, holder.d, holder.n, holder.b, holder.s, holder.u, holder.t,
              holder.e, holder.li, holder.lv, holder.m, holder.o, holder.j);
      for (int p = 0; p < PROPERTIES.length; p++) {
        check(PROPERTIES[p] + " <- " + value, fields.get(p), value, TYPES[p]);
      }
    }
  }

  @Test
  void aListOfModelsKeepsEachRowsValues() throws Exception {
    List<Visitor> rows =
        MAPPER.readValue(
            "[{\"visits\":1},{\"visits\":\"x\"},{\"visits\":3}]",
            new TypeReference<List<Visitor>>() {});
    assertEquals(Integer.valueOf(1), rows.get(0).visits().orElseThrow());
    assertThrows(InvalidDataException.class, () -> rows.get(1).visits());
    assertEquals(Integer.valueOf(3), rows.get(2).visits().orElseThrow());
  }

  private static void check(String what, JsonField<?> field, String value, TypeReference<?> ref)
      throws Exception {
    JavaType type = MAPPER.getTypeFactory().constructType(ref);
    Object expected;
    try {
      expected = MAPPER.readValue(value, type);
    } catch (Exception e) {
      expected = e;
    }
    JsonNode node = MAPPER.readTree(value);
    if (expected instanceof Exception || expected == null) {
      assertThrows(InvalidDataException.class, field::value, what);
      assertEquals(node, field.raw().orElseThrow(), what);
      return;
    }
    // Collections come frozen (unmodifiable views), which compare by their contents.
    assertEquals(expected, field.value().orElseThrow(), what);
    assertTrue(field.raw().isPresent(), what);
  }
}
