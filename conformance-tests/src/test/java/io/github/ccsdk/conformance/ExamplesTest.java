package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** Which example answers an operation, on the real specs. */
class ExamplesTest {
  private static final Spec SP = Spec.load(Vendor.SERVICEPATTERN.spec());

  @Test
  void namedExamplesGiveTheFirst() throws Exception {
    Examples.Answer answer = Examples.of(SP, operation("getNewChatEvents"));
    String first =
        "/paths/~1chats~1{chatId}~1events/get/responses/200/content/application~1json/examples/"
            + SP.at(
                    "/paths/~1chats~1{chatId}~1events/get/responses/200/content/application~1json"
                        + "/examples")
                .fieldNames()
                .next()
            + "/value";
    assertEquals(200, answer.status());
    assertEquals(first, answer.source());
    assertEquals(SP.at(first), JsonMapper.builder().build().readTree(answer.body()));
    assertEquals("application/json", Har.Entry.first(answer.headers(), "Content-Type"));
  }

  @Test
  void aBinaryResponseWithoutExampleHasNoBody() {
    Examples.Answer answer = Examples.of(SP, operation("getFile"));
    assertEquals(200, answer.status());
    assertArrayEquals(new byte[0], answer.body());
    assertNull(answer.source());
    // Its documented headers still give their examples (Content-Type; Content-Length is left to
    // the server, which sends the real one).
    assertEquals(
        SP.at("/components/headers/ContentType/example").asText(),
        Har.Entry.first(answer.headers(), "Content-Type"));
  }

  private static Spec.Operation operation(String id) {
    return SP.operations().stream()
        .filter(o -> id.equals(o.operationId()))
        .findFirst()
        .orElseThrow();
  }
}
