package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ccsdk.core.JsonField;

/** The JSON configuration every ccsdk SDK reads and writes with. */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /**
   * The shared, thread-safe mapper: java.time support, {@link JsonField} support, unknown
   * properties ignored (models keep them), dates as ISO-8601 text with the offset the server used.
   *
   * <p>Shared by every client, so do not reconfigure it; {@code Json.mapper().copy()} gives a
   * mapper of your own.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new CcsdkJacksonModule())
        // Servers add properties without notice; models keep them as additional properties.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Keep "+02:00" as "+02:00" instead of converting to UTC: what we read, we write back.
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        // 1.5 is not an integer: silently truncating it would hide a wrong type from JsonField.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // "{...} <html>" is not a JSON body, however good its start looks.
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
