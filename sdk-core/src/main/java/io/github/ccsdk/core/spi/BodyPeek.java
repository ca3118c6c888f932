package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Looks at the start of a response body without taking it from the caller, for client decorators
 * that recognise error envelopes in answers whose status says success; {@link #topLevel} is the one
 * reader of top-level JSON properties in the runtime (error fields, envelopes, token refusals).
 */
final class BodyPeek {
  /** Enough for any error envelope; the rest of a longer body is never read here. */
  static final int LIMIT = 16 * 1024;

  private BodyPeek() {}

  /** The first bytes of a body, and the response to hand on, which still reads the whole body. */
  record Peeked(byte[] head, Response response) {}

  static Peeked peek(Response response) throws IOException {
    if (response.body() == null) {
      return new Peeked(new byte[0], response);
    }
    InputStream in = response.body().asInputStream();
    byte[] head;
    try {
      head = Http.readAtMost(in, LIMIT);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    Response whole =
        response.toBuilder()
            .body(
                new SequenceInputStream(new ByteArrayInputStream(head), in),
                response.body().length())
            .build();
    return new Peeked(head, whole);
  }

  /**
   * The scalar top-level properties {@code names} of a JSON object at the start of {@code head}, as
   * text (a JSON {@code false} reads "false"); those missing, not scalar or beyond the bytes seen
   * are absent. Nothing for a body that is not a JSON object.
   */
  static Map<String, String> topLevel(byte[] head, Set<String> names) {
    Map<String, String> found = new LinkedHashMap<>();
    if (head.length == 0) {
      return found;
    }
    try (JsonParser p = Json.mapper().getFactory().createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return found;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME && found.size() < names.size()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (names.contains(name)
            && value != null
            && value.isScalarValue()
            && value != JsonToken.VALUE_NULL
            && !found.containsKey(name)) {
          found.put(name, p.getText());
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON, or cut off at the limit: keep what was found before the problem.
    }
    return found;
  }
}
