package io.github.ccsdk.core.spi;

import feign.Request;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reading HTTP messages: headers, media types, charsets, and bodies read up to a bound. */
final class Http {
  private Http() {}

  /** The first value of a header, ignoring case, or null. */
  static String header(Map<String, Collection<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty()) {
        return e.getValue().iterator().next();
      }
    }
    return null;
  }

  /**
   * {@code request} with the headers of {@code replacing} set (over any of the same name, ignoring
   * case) and those of {@code defaults} it does not have yet; {@code request} itself if neither
   * adds anything.
   */
  static Request withHeaders(
      Request request, Map<String, String> replacing, Map<String, String> defaults) {
    if (replacing.isEmpty() && defaults.isEmpty()) {
      return request;
    }
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    defaults.forEach((name, value) -> headers.putIfAbsent(name, List.of(value)));
    replacing.forEach((name, value) -> headers.put(name, List.of(value)));
    return Request.create(
        request.httpMethod(),
        request.url(),
        headers,
        request.body(),
        request.charset(),
        request.requestTemplate());
  }

  /** The charset parameter of a Content-Type, or UTF-8. */
  static Charset charset(String contentType) {
    if (contentType != null) {
      for (String param : contentType.split(";")) {
        String p = param.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return Charset.forName(p.substring(8).replace("\"", "").trim());
          } catch (RuntimeException e) {
            return StandardCharsets.UTF_8; // an unknown charset must not hide the error itself
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The media type of a Content-Type without parameters, lower case, or null. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
  }

  static boolean isJson(String mediaType) {
    return mediaType != null
        && (mediaType.equals("application/json")
            || mediaType.endsWith("+json")
            || mediaType.equals("text/json"));
  }

  /** Text we can show in a log or an excerpt: JSON, XML, forms and text/*. */
  static boolean isText(String mediaType) {
    return mediaType != null
        && (isJson(mediaType)
            || mediaType.startsWith("text/")
            || mediaType.endsWith("+xml")
            || mediaType.equals("application/xml")
            || mediaType.equals("application/x-www-form-urlencoded"));
  }

  /** Reads at most {@code limit} bytes; the rest of the stream is left unread. */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] buffer = new byte[Math.min(limit, 8192)];
    int n = 0;
    while (n < limit) {
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(limit, buffer.length * 2));
      }
      int read = in.read(buffer, n, buffer.length - n);
      if (read < 0) {
        break;
      }
      n += read;
    }
    return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
  }
}
