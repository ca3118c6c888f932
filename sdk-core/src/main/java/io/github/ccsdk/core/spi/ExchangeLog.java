package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.Util;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.LogLevel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A {@link Client} that logs every exchange it carries, never a secret: it sits on the transport,
 * under retries and token renewal, so a request refused with 401 and its resend, each retry and a
 * 2xx answer that the SDK turns into an error all show.
 *
 * <p>The request and response lines are logged at {@link Log.Level#DEBUG}, headers (from {@link
 * LogLevel#HEADERS}) and text bodies cut to {@value #MAX_BODY} characters (at {@link
 * LogLevel#FULL}) at {@link Log.Level#TRACE}. Credentials are redacted by the client's {@link
 * Redaction}, the same as in recordings. Binary and multipart bodies are never read, so a {@link
 * Download} still streams.
 */
final class ExchangeLog implements Client {
  /** Longest body text logged, in characters. */
  static final int MAX_BODY = 4096;

  private final Client delegate;
  private final LogLevel level;
  private final Log log;
  private final Failures failures;

  ExchangeLog(Client delegate, LogLevel level, Log log, Failures failures) {
    this.delegate = delegate;
    this.level = level;
    this.log = log;
    this.failures = failures;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (level == LogLevel.NONE || !log.enabled(Log.Level.DEBUG)) {
      return delegate.execute(request, options);
    }
    Call call = Call.current();
    String tag =
        "["
            + Call.operation(request)
            + (call != null ? " #" + Math.max(1, call.exchanges()) : "")
            + "] ";
    boolean details = level != LogLevel.BASIC && log.enabled(Log.Level.TRACE);
    logRequest(tag, request, details);
    long start = System.nanoTime();
    Response response;
    try {
      response = delegate.execute(request, options);
    } catch (IOException e) {
      log.log(
          Log.Level.DEBUG,
          tag + "<--- ERROR " + failures.describe(e) + " (" + millisSince(start) + "ms)");
      throw e;
    }
    log.log(Log.Level.DEBUG, tag + "<--- " + response.status() + " (" + millisSince(start) + "ms)");
    return details ? logResponse(tag, response) : response;
  }

  private void logRequest(String tag, Request request, boolean details) {
    log.log(
        Log.Level.DEBUG,
        tag + "---> " + request.httpMethod().name() + " " + redaction().url(request.url()));
    if (!details) {
      return;
    }
    logHeaders(tag, request.headers());
    byte[] body = request.body();
    int length = body == null ? 0 : body.length;
    if (level == LogLevel.FULL && length > 0) {
      log.log(
          Log.Level.TRACE,
          tag + describeBody(body, Http.header(request.headers(), "Content-Type")));
    }
    log.log(Log.Level.TRACE, tag + "---> END HTTP (" + length + "-byte body)");
  }

  private Response logResponse(String tag, Response response) throws IOException {
    logHeaders(tag, response.headers());
    int status = response.status();
    String contentType = Http.header(response.headers(), "Content-Type");
    boolean hasBody = response.body() != null && status != 204 && status != 205;
    if (level == LogLevel.FULL && hasBody && Http.isText(Http.mediaType(contentType))) {
      // Only text is read into memory here; binary bodies stay streamed for Download.
      byte[] body;
      try (InputStream in = response.body().asInputStream()) {
        body = Util.toByteArray(in);
      } finally {
        Util.ensureClosed(response.body());
      }
      if (body.length > 0) {
        log.log(Log.Level.TRACE, tag + describeBody(body, contentType));
      }
      log.log(Log.Level.TRACE, tag + "<--- END HTTP (" + body.length + "-byte body)");
      return response.toBuilder().body(body).build();
    }
    Integer length = hasBody ? response.body().length() : Integer.valueOf(0);
    log.log(
        Log.Level.TRACE,
        tag
            + (length == null
                ? "<--- END HTTP (streamed body, not logged)"
                : "<--- END HTTP (" + length + "-byte body" + (hasBody ? ", not logged)" : ")")));
    return response;
  }

  private void logHeaders(String tag, Map<String, Collection<String>> headers) {
    for (Map.Entry<String, List<String>> e : redaction().headers(headers).entrySet()) {
      for (String value : e.getValue()) {
        log.log(Log.Level.TRACE, tag + e.getKey() + ": " + value);
      }
    }
  }

  private String describeBody(byte[] body, String contentType) {
    String media = Http.mediaType(contentType);
    if (media != null && media.startsWith("multipart/")) {
      return "(multipart body, " + body.length + " bytes, not logged)";
    }
    if (media != null && !Http.isText(media)) {
      return "(binary body, " + body.length + " bytes, not logged)";
    }
    String text = failures.excerpt(body, contentType, MAX_BODY);
    return body.length > text.length() && text.length() == MAX_BODY
        ? text + "... (cut, " + body.length + " bytes in all)"
        : text;
  }

  private Redaction redaction() {
    return failures.redaction();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Override
  public String toString() {
    return "ExchangeLog{" + level + " to " + log + "}";
  }
}
