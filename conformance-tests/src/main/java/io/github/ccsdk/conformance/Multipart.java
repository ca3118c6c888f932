package io.github.ccsdk.conformance;

import io.github.ccsdk.core.spi.MultipartBody;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The parts of a recorded {@code multipart/form-data} body, for checking field names. */
final class Multipart {
  private Multipart() {}

  /**
   * The parts of a recorded multipart body: from HAR's {@code params} when present, else parsed
   * from the body text with the boundary of {@code contentType}. Null when neither is usable.
   */
  static List<MultipartBody.Part> parts(Har.Body body, String contentType) {
    if (!body.params().isEmpty()) {
      List<MultipartBody.Part> parts = new ArrayList<>();
      for (Har.Param p : body.params()) {
        byte[] value = p.value() == null ? null : p.value().getBytes(StandardCharsets.UTF_8);
        parts.add(new MultipartBody.Part(p.name(), p.fileName(), p.contentType(), value));
      }
      return parts;
    }
    return body.bytes() == null
        ? null
        : MultipartBody.parse(body.bytes(), MultipartBody.boundary(contentType));
  }
}
