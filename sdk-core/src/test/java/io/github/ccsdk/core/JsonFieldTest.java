package io.github.ccsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ccsdk.core.spi.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFieldTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final String ID = "6c1b1c38-6f5e-4a3e-9d2b-0b6f3f1d2a11";

  private static Visitor read(String json) throws Exception {
    return MAPPER.readValue(json, Visitor.class);
  }

  /** Decoding then encoding gives the same JSON tree, whatever the server sent. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"" + ID + "\"}",
        "{\"id\":\"" + ID + "\",\"name\":null}",
        "{\"id\":\"" + ID + "\",\"name\":\"Ann\",\"visits\":3,\"status\":\"chatting\"}",
        "{\"id\":\"" + ID + "\",\"surprise\":{\"a\":[1,2]},\"other\":null}",
        "{\"id\":42,\"visits\":\"many\",\"name\":{\"first\":\"Ann\"},\"tags\":\"x\"}",
        "{\"id\":\"" + ID + "\",\"visits\":1.5,\"tags\":[1,{\"a\":true}]}",
        "{\"id\":\""
            + ID
            + "\",\"status\":\"brand-new\",\"last_seen\":\"2024-05-01T10:00:00+02:00\"}",
        "{\"id\":\"" + ID + "\",\"last_seen\":\"2024-05-01T10:00:00.000Z\",\"visits\":\"\"}",
        "{\"id\":\"" + ID + "\",\"last_seen\":\"yesterday\",\"tags\":[]}",
        "{}"
      })
  void roundTripKeepsTheJson(String json) throws Exception {
    Visitor visitor = read(json);
    String written = MAPPER.writeValueAsString(visitor);
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(written), written);
    assertEquals(visitor, read(written));
  }

  @Test
  void missingNullAndValueAreTold() throws Exception {
    Visitor v = read("{\"id\":\"" + ID + "\",\"name\":null}");
    assertEquals(UUID.fromString(ID), v.id());
    assertTrue(v._name().isNull());
    assertFalse(v._name().isMissing());
    assertEquals(Optional.empty(), v.name());
    assertEquals(Optional.of(NullNode.getInstance()), v._name().raw());
    assertTrue(v._visits().isMissing());
    assertEquals(Optional.empty(), v._visits().raw());
    assertEquals(Optional.empty(), v.visits());
  }

  @Test
  void wrongTypeFailsOnlyWhenRead() throws Exception {
    Visitor v = read("{\"id\":42,\"visits\":\"many\",\"status\":\"chatting\"}");
    // The rest of the model is fine.
    assertEquals(Optional.of(VisitorStatus.CHATTING), v.status());

    InvalidDataException visits = assertThrows(InvalidDataException.class, v::visits);
    assertTrue(visits.getMessage().contains("\"visits\""), visits.getMessage());
    assertTrue(visits.getMessage().contains("expected Integer"), visits.getMessage());
    assertTrue(visits.getMessage().contains("a string"), visits.getMessage());
    assertFalse(visits.getMessage().contains("many"), "the value itself is not quoted");
    assertEquals(Optional.of(TextNode.valueOf("many")), v._visits().raw());

    InvalidDataException id = assertThrows(InvalidDataException.class, v::id);
    assertTrue(id.getMessage().contains("\"id\""), id.getMessage());
    assertTrue(id.getMessage().contains("expected UUID"), id.getMessage());
    assertTrue(id.getMessage().contains("a number"), id.getMessage());
  }

  @Test
  void requiredNamesTheProperty() throws Exception {
    InvalidDataException missing = assertThrows(InvalidDataException.class, () -> read("{}").id());
    assertEquals("required property \"id\" is missing from the response", missing.getMessage());
    InvalidDataException isNull =
        assertThrows(InvalidDataException.class, () -> read("{\"id\":null}").id());
    assertEquals("required property \"id\" is null in the response", isNull.getMessage());
  }

  @Test
  void floatIsNotSilentlyAnInteger() throws Exception {
    Visitor v = read("{\"visits\":1.5}");
    assertThrows(InvalidDataException.class, v::visits);
  }

  @Test
  void emptyStringIsNotANumber() throws Exception {
    Visitor v = read("{\"visits\":\"\"}");
    assertThrows(InvalidDataException.class, v::visits);
    assertEquals(Optional.of(TextNode.valueOf("")), v._visits().raw());
  }

  @Test
  void listElementsOfTheWrongTypeKeepTheWholeList() throws Exception {
    Visitor ok = read("{\"tags\":[\"a\",\"b\"]}");
    assertEquals(Optional.of(List.of("a", "b")), ok.tags());
    assertThrows(UnsupportedOperationException.class, () -> ok.tags().get().add("c"));

    Visitor bad = read("{\"tags\":[\"a\",{\"b\":1}]}");
    InvalidDataException e = assertThrows(InvalidDataException.class, bad::tags);
    assertTrue(e.getMessage().contains("List<String>"), e.getMessage());
  }

  @Test
  void offsetIsKeptAsSent() throws Exception {
    Visitor v = read("{\"last_seen\":\"2024-05-01T10:00:00+02:00\"}");
    assertEquals(ZoneOffset.ofHours(2), v.lastSeen().get().getOffset());
    assertTrue(MAPPER.writeValueAsString(v).contains("2024-05-01T10:00:00+02:00"));
  }

  @Test
  void valuesSetInCodeAreWritten() throws Exception {
    Visitor v =
        Visitor.builder()
            .id(UUID.fromString(ID))
            .name((String) null)
            .visits(2)
            .status(VisitorStatus.of("brand-new"))
            .lastSeen(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC))
            .tags(List.of("x"))
            .build();
    JsonNode json = MAPPER.valueToTree(v);
    assertEquals(
        MAPPER.readTree(
            "{\"id\":\""
                + ID
                + "\",\"name\":null,\"visits\":2,\"status\":\"brand-new\","
                + "\"last_seen\":\"2024-05-01T10:00:00Z\",\"tags\":[\"x\"]}"),
        json);
    assertFalse(json.has("password"), "a missing field is left out");
    assertEquals(v, read(json.toString()));
  }

  @Test
  void factoriesAndEquality() {
    assertThrows(NullPointerException.class, () -> JsonField.of(null));
    assertEquals(JsonField.ofNull(), JsonField.ofNullable(null));
    assertEquals(JsonField.of("a"), JsonField.ofNullable("a"));
    assertEquals(JsonField.of("a"), JsonField.decoded("a", TextNode.valueOf("a")));
    assertEquals(
        JsonField.of("a").hashCode(), JsonField.decoded("a", TextNode.valueOf("a")).hashCode());
    assertNotEquals(JsonField.missing(), JsonField.ofNull());
    assertNotEquals(JsonField.of("a"), JsonField.raw(TextNode.valueOf("a")));
    assertEquals(JsonField.raw(TextNode.valueOf("a")), JsonField.raw(TextNode.valueOf("a")));
    assertEquals(JsonField.ofNull(), JsonField.raw(NullNode.getInstance()));
    assertEquals(Optional.of(TextNode.valueOf("a")), JsonField.of("a").raw());
    assertEquals("<missing>", JsonField.missing().toString());
    assertEquals("a", JsonField.of("a").toString());
  }

  @Test
  void rawIsACopy() throws Exception {
    Visitor v = read("{\"name\":{\"first\":\"Ann\"}}");
    ((com.fasterxml.jackson.databind.node.ObjectNode) v._name().raw().get()).put("first", "Bob");
    assertEquals("Ann", v._name().raw().get().get("first").asText());
  }

  @Test
  void toStringHidesSecretsAndMissingFields() throws Exception {
    Visitor v =
        read(
            "{\"id\":\""
                + ID
                + "\",\"password\":\"hunter2\",\"token\":\"tok-123\",\"extra\":{\"api_key\":\"k-9\"}}");
    String s = v.toString();
    assertTrue(s.startsWith("Visitor{id=" + ID), s);
    assertFalse(s.contains("hunter2"), s);
    assertFalse(s.contains("tok-123"), s);
    assertFalse(s.contains("k-9"), s);
    assertTrue(s.contains("password=REDACTED"), s);
    assertFalse(s.contains("visits"), "missing fields are left out: " + s);
  }

  @Test
  void unionKeepsUnknownVariants() throws Exception {
    String json = "{\"event\":\"transferred\",\"to\":\"agent-7\",\"token\":\"secret-1\"}";
    ChatEvent event = MAPPER.readValue(json, ChatEvent.class);
    ChatEvent.Unknown unknown = assertInstance(ChatEvent.Unknown.class, event);
    assertEquals(Optional.of("transferred"), unknown.discriminator());
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(event)));
    assertFalse(unknown.toString().contains("secret-1"), unknown.toString());
    assertTrue(unknown.toString().startsWith("ChatEvent.Unknown{"), unknown.toString());

    ChatEvent known = MAPPER.readValue("{\"event\":\"ended\",\"reason\":\"bye\"}", ChatEvent.class);
    assertEquals("bye", assertInstance(ChatEvent.Ended.class, known).reason());
  }

  private static <T> T assertInstance(Class<T> type, Object value) {
    assertTrue(type.isInstance(value), String.valueOf(value));
    return type.cast(value);
  }
}
