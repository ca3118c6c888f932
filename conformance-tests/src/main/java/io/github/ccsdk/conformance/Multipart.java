package io.github.ccsdk.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A {@code multipart/form-data} body split into its parts (RFC 7578), for checking field names. */
final class Multipart {
  private Multipart() {}

  record Part(String name, String fileName, String contentType, byte[] content) {}

  /**
   * The parts of a recorded multipart body: from HAR's {@code params} when present, else parsed
   * from the body text with the boundary of {@code contentType}. Null when neither is usable.
   */
  static List<Part> parts(Har.Body body, String contentType) {
    if (!body.params().isEmpty()) {
      List<Part> parts = new ArrayList<>();
      for (Har.Param p : body.params()) {
        byte[] value = p.value() == null ? null : p.value().getBytes(StandardCharsets.UTF_8);
        parts.add(new Part(p.name(), p.fileName(), p.contentType(), value));
      }
      return parts;
    }
    String boundary = Texts.mediaTypeParameter(contentType, "boundary");
    if (boundary == null || body.bytes() == null) {
      return null;
    }
    return parse(body.bytes(), boundary);
  }

  /** The parts of {@code body}; null when it is not a multipart body with this boundary. */
  static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      return null;
    }
    while (true) {
      pos += delimiter.length;
      if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
        return parts; // closing delimiter
      }
      pos = skipLineBreak(body, pos);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
      if (headersEnd < 0) {
        return null;
      }
      String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int next = indexOf(body, delimiter, contentStart);
      if (next < 0) {
        return null;
      }
      int contentEnd = next;
      if (contentEnd >= 2 && body[contentEnd - 2] == '\r' && body[contentEnd - 1] == '\n') {
        contentEnd -= 2;
      }
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      content.write(body, contentStart, Math.max(0, contentEnd - contentStart));
      String name = null;
      String fileName = null;
      String type = null;
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        if (header.equals("content-disposition")) {
          name = Texts.mediaTypeParameter(value, "name");
          fileName = Texts.mediaTypeParameter(value, "filename");
        } else if (header.equals("content-type")) {
          type = value;
        }
      }
      parts.add(new Part(name, fileName, type, content.toByteArray()));
      pos = next;
    }
  }

  private static int skipLineBreak(byte[] body, int pos) {
    int p = pos;
    if (p < body.length && body[p] == '\r') {
      p++;
    }
    if (p < body.length && body[p] == '\n') {
      p++;
    }
    return p;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
