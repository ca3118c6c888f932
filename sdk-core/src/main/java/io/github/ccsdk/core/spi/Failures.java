package io.github.ccsdk.core.spi;

import feign.Request;
import io.github.ccsdk.core.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the SDK's {@link ApiException}s: one place that knows how to describe a request without
 * its secrets and how to call the SDK's {@link ExceptionFactory}.
 */
final class Failures {
  private final ExceptionFactory factory;
  private final Redaction redaction;

  Failures(ExceptionFactory factory, Redaction redaction) {
    this.factory = factory;
    this.redaction = redaction;
  }

  Redaction redaction() {
    return redaction;
  }

  /** Details of a failure of {@code request}, its URL redacted. */
  ApiException.Details.Builder details(ApiException.Kind kind, Request request) {
    return ApiException.Details.builder(
        kind, request.httpMethod().name(), redaction.url(request.url()));
  }

  /** Details of a failure before a request existed (encoding); the URL is the template. */
  ApiException.Details.Builder details(ApiException.Kind kind, String method, String url) {
    return ApiException.Details.builder(kind, method, redaction.url(url));
  }

  ApiException create(ApiException.Details details, Throwable cause) {
    ApiException e = factory.create(details, cause);
    if (e == null) {
      throw new IllegalStateException(
          "the SDK's ExceptionFactory returned null for " + details.kind());
    }
    return e;
  }

  /** A transport failure of {@code request}. */
  ApiException io(Request request, IOException cause, String doing) {
    return create(
        details(ApiException.Kind.IO, request).problem(doing + ": " + describe(cause)).build(),
        cause);
  }

  /** "SocketTimeoutException: Read timed out", with any secret in the message redacted. */
  String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + redaction.text(message));
  }

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

  /**
   * The longest error body an exception keeps whole, for {@link ApiException#errorBody}; vendor
   * error objects are far shorter, and a longer body keeps its excerpt only.
   */
  static final int MAX_KEPT_ERROR_BODY = 16 * 1024;

  /**
   * The body as redacted text to keep in an exception, when it is a JSON object shorter than {@link
   * #MAX_KEPT_ERROR_BODY} bytes; otherwise null. Every caller reads at least that many bytes, so a
   * shorter body is whole.
   */
  String keptErrorBody(byte[] body, String contentType) {
    if (body.length == 0 || body.length >= MAX_KEPT_ERROR_BODY) {
      return null;
    }
    int i = 0;
    while (i < body.length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i == body.length || body[i] != '{') {
      return null;
    }
    return redaction.text(new String(body, charset(contentType)));
  }

  /** Text of a body for an excerpt or a log: secrets redacted, then cut to {@code maxChars}. */
  String excerpt(byte[] body, String contentType, int maxChars) {
    String text = new String(body, charset(contentType));
    String media = mediaType(contentType);
    String redacted =
        "application/x-www-form-urlencoded".equals(media)
            ? redaction.form(text)
            : redaction.text(text);
    return redacted.length() <= maxChars ? redacted : redacted.substring(0, maxChars);
  }
}
