package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import io.github.ccsdk.core.testing.WireServer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deep-object queries: indexed keys, every key and value percent-encoded once. */
class DeepObjectTest {
  /** A condition as generated models write it: wire names, nulls left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Condition(String field, String operate, String value) {}

  interface Api {
    @RequestLine("GET /chats?pageIndex={page}")
    void list(@Param("page") Integer page, @QueryMap Map<String, String> conditions);
  }

  @Test
  void oneConditionIsIndexedFromZero() {
    assertEquals(
        Map.of(
            "conditions%5B0%5D%5Bfield%5D", "email",
            "conditions%5B0%5D%5Boperate%5D", "contains",
            "conditions%5B0%5D%5Bvalue%5D", "test"),
        DeepObject.query("conditions", List.of(new Condition("email", "contains", "test"))));
  }

  @Test
  void reservedAndNonAsciiCharactersInValuesAreEncoded() {
    Map<String, String> query =
        DeepObject.query("c", List.of(new Condition("a&b=c", "[x]", "Zoë 100%")));
    assertEquals("a%26b%3Dc", query.get("c%5B0%5D%5Bfield%5D"));
    assertEquals("%5Bx%5D", query.get("c%5B0%5D%5Boperate%5D"));
    assertEquals("Zo%C3%AB%20100%25", query.get("c%5B0%5D%5Bvalue%5D"));
  }

  @Test
  void severalConditionsKeepTheirOrder() {
    Map<String, String> query =
        DeepObject.query(
            "conditions",
            List.of(new Condition("email", "contains", "a"), new Condition("name", "is", "b")));
    assertEquals(
        List.of(
            "conditions%5B0%5D%5Bfield%5D",
            "conditions%5B0%5D%5Boperate%5D",
            "conditions%5B0%5D%5Bvalue%5D",
            "conditions%5B1%5D%5Bfield%5D",
            "conditions%5B1%5D%5Boperate%5D",
            "conditions%5B1%5D%5Bvalue%5D"),
        List.copyOf(query.keySet()));
    assertEquals("b", query.get("conditions%5B1%5D%5Bvalue%5D"));
  }

  @Test
  void nestedObjectsAndListsAddBracketsAndNullsAreLeftOut() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("range", Map.of("from", 1));
    item.put("tags", List.of("x", "y"));
    item.put("gone", null);
    Map<String, String> query = DeepObject.query("q", List.of(item));
    assertEquals(
        Map.of(
            "q%5B0%5D%5Brange%5D%5Bfrom%5D", "1",
            "q%5B0%5D%5Btags%5D%5B0%5D", "x",
            "q%5B0%5D%5Btags%5D%5B1%5D", "y"),
        query);
  }

  @Test
  void emptyOrAbsentListSendsNothing() {
    assertEquals(Map.of(), DeepObject.query("conditions", List.of()));
    assertEquals(Map.of(), DeepObject.query("conditions", null));
  }

  @Test
  void aNullItemIsAnErrorNamingItsIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DeepObject.query("conditions", Arrays.asList(new Condition("a", "is", "b"), null)));
    assertEquals("conditions[1] is null", e.getMessage());
  }

  @Test
  void theServerReceivesEachKeyAndValueEncodedOnce() throws Exception {
    try (WireServer server = WireServer.start(WireServer.respond(204, null, ""))) {
      Api api = TestClient.forServer(server).create(Api.class);
      api.list(
          2,
          DeepObject.query(
              "conditions",
              List.of(
                  new Condition("email", "contains", "a&b=c d"),
                  new Condition("name", "is", "100%25"))));
      assertEquals(
          "pageIndex=2"
              + "&conditions%5B0%5D%5Bfield%5D=email"
              + "&conditions%5B0%5D%5Boperate%5D=contains"
              + "&conditions%5B0%5D%5Bvalue%5D=a%26b%3Dc%20d"
              + "&conditions%5B1%5D%5Bfield%5D=name"
              + "&conditions%5B1%5D%5Boperate%5D=is"
              + "&conditions%5B1%5D%5Bvalue%5D=100%2525",
          server.last().rawQuery());
      api.list(1, DeepObject.query("conditions", List.of()));
      assertEquals("pageIndex=1", server.last().rawQuery());
    }
  }
}
