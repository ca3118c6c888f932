package io.github.ccsdk.core.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of one URL component value.
 *
 * <p>Everything except the unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) is encoded, so a
 * value can never change the structure of the URL it is put in: {@code /} cannot add a path
 * segment, {@code &} and {@code =} cannot add a query parameter, and {@code +} cannot turn into a
 * space on servers that decode queries as HTML forms do.
 *
 * <p>Public for the ccsdk tools: the conformance validator and replay server read recorded URLs and
 * form bodies with the very {@link #decode} the runtime redacts them with. SDK users do not need
 * it; what is not public here may change in any release.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /** Encodes {@code value} (as UTF-8) so that it reaches the server exactly as given. */
  static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8 (and, for form bodies and query strings written as forms,
   * {@code +} as a space). A malformed escape is kept as it is: recordings come from anywhere, and
   * where names are only recognised (for redaction) failing would be worse than a literal
   * comparison.
   *
   * @param value the encoded text; not null
   * @param plusIsSpace whether {@code +} stands for a space
   */
  public static String decode(String value, boolean plusIsSpace) {
    if (value.indexOf('%') < 0 && !(plusIsSpace && value.indexOf('+') >= 0)) {
      return value;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()) {
        int hi = Character.digit(value.charAt(i + 1), 16);
        int lo = Character.digit(value.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write((hi << 4) | lo);
          i += 3;
          continue;
        }
      }
      if (c == '+' && plusIsSpace) {
        out.write(' ');
        i++;
      } else {
        int codePoint = value.codePointAt(i);
        byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i += Character.charCount(codePoint);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
