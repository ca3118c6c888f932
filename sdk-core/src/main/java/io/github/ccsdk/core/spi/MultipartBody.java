package io.github.ccsdk.core.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code multipart/form-data} body split into its parts (RFC 7578). Public for the ccsdk tools:
 * the recorder writes the parts into a HAR file and the conformance validator reads them back.
 */
public final class MultipartBody {
  private MultipartBody() {}

  /**
   * One part: its field name, file name and content type (each null when the part has none), and
   * its bytes.
   */
  public record Part(String name, String fileName, String contentType, byte[] content) {}

  /**
   * The parts of {@code body}; null when it is not a multipart body with this boundary, or the
   * boundary is null.
   */
  public static List<Part> parse(byte[] body, String boundary) {
    if (boundary == null) {
      return null;
    }
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
          name = parameter(value, "name");
          fileName = parameter(value, "filename");
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

  /** The {@code boundary} parameter of a {@code Content-Type}, or null. */
  public static String boundary(String contentType) {
    return contentType == null ? null : parameter(contentType, "boundary");
  }

  /**
   * A parameter of a header value such as {@code form-data; name="file"} or {@code
   * multipart/form-data; boundary=x}, unquoted; null when absent.
   */
  public static String parameter(String header, String name) {
    for (String piece : header.split(";")) {
      int eq = piece.indexOf('=');
      if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String value = piece.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value;
      }
    }
    return null;
  }
}
