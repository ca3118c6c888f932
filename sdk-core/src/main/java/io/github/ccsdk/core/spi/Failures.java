package io.github.ccsdk.core.spi;

import feign.Request;
import io.github.ccsdk.core.ApiException;
import java.io.IOException;

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
        + (message == null || message.trim().isEmpty() ? "" : ": " + redaction.text(message));
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
    return redaction.text(new String(body, Http.charset(contentType)));
  }

  /** Text of a body for an excerpt or a log: secrets redacted, then cut to {@code maxChars}. */
  String excerpt(byte[] body, String contentType, int maxChars) {
    String text = new String(body, Http.charset(contentType));
    String media = Http.mediaType(contentType);
    String redacted =
        "application/x-www-form-urlencoded".equals(media)
            ? redaction.form(text)
            : redaction.text(text);
    return redacted.length() <= maxChars ? redacted : redacted.substring(0, maxChars);
  }
}
