package io.github.ccsdk.core.spi;

import feign.Request;
import feign.Response;
import feign.Util;
import io.github.ccsdk.core.Download;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

/**
 * Feign's logger, rewritten so that it never prints a secret and never buffers a body we stream.
 *
 * <p>Feign's own {@link feign.Logger} prints header values and URLs as they are and reads every
 * response body into memory from level HEADERS on (which would defeat {@link Download}). This one
 * blanks credential headers, secret query parameters, form fields and JSON properties; prints only
 * text bodies, cut to 4 KiB, and only at FULL; and never prints a stack trace.
 */
@org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement // System.Logger: being replaced (issue 14)
final class RedactingLogger extends feign.Logger {
  /** Longest body text logged, in characters. */
  static final int MAX_BODY = 4096;

  /** Where log lines go; tests capture them. */
  @FunctionalInterface
  interface Sink {
    void log(String line);
  }

  /**
   * Lines go to the {@code System.Logger} "io.github.ccsdk" at INFO: the client's log level is the
   * opt-in, so the lines it asks for should show with a default logging setup.
   */
  static final Sink SYSTEM =
      new Sink() {
        private final System.Logger logger = System.getLogger("io.github.ccsdk");

        @Override
        public void log(String line) {
          logger.log(System.Logger.Level.INFO, line);
        }
      };

  private final Failures failures;
  private final Sink sink;

  RedactingLogger(Failures failures, Sink sink) {
    this.failures = failures;
    this.sink = sink;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    sink.log(methodTag(configKey) + String.format(format, args));
  }

  @Override
  protected void logRequest(String configKey, Level level, Request request) {
    log(configKey, "---> %s %s", request.httpMethod().name(), redaction().url(request.url()));
    if (level.ordinal() < Level.HEADERS.ordinal()) {
      return;
    }
    logHeaders(configKey, request.headers());
    byte[] body = request.body();
    int length = body == null ? 0 : body.length;
    if (level == Level.FULL && length > 0) {
      log(configKey, "%s", describeBody(body, Http.header(request.headers(), "Content-Type")));
    }
    log(configKey, "---> END HTTP (%d-byte body)", length);
  }

  @Override
  protected void logRetry(String configKey, Level level) {
    log(configKey, "---> RETRYING");
  }

  @Override
  protected IOException logIOException(
      String configKey, Level level, IOException ioe, long elapsedTime) {
    log(configKey, "<--- ERROR %s (%dms)", failures.describe(ioe), elapsedTime);
    return ioe;
  }

  @Override
  protected Response logAndRebufferResponse(
      String configKey, Level level, Response response, long elapsedTime) throws IOException {
    int status = response.status();
    log(configKey, "<--- %d (%dms)", status, elapsedTime);
    if (level.ordinal() < Level.HEADERS.ordinal()) {
      return response;
    }
    logHeaders(configKey, response.headers());
    String contentType = Http.header(response.headers(), "Content-Type");
    boolean hasBody = response.body() != null && status != 204 && status != 205;
    if (level == Level.FULL && hasBody && Http.isText(Http.mediaType(contentType))) {
      // Only text is read into memory here; binary bodies stay streamed for Download.
      byte[] body;
      try (InputStream in = response.body().asInputStream()) {
        body = Util.toByteArray(in);
      } finally {
        Util.ensureClosed(response.body());
      }
      if (body.length > 0) {
        log(configKey, "%s", describeBody(body, contentType));
      }
      log(configKey, "<--- END HTTP (%d-byte body)", body.length);
      return response.toBuilder().body(body).build();
    }
    Integer length = response.body() != null ? response.body().length() : null;
    if (!hasBody) {
      log(configKey, "<--- END HTTP (0-byte body)");
    } else if (length != null) {
      log(configKey, "<--- END HTTP (%d-byte body, not logged)", length);
    } else {
      log(configKey, "<--- END HTTP (streamed body, not logged)");
    }
    return response;
  }

  private void logHeaders(String configKey, Map<String, Collection<String>> headers) {
    for (Map.Entry<String, java.util.List<String>> e : redaction().headers(headers).entrySet()) {
      for (String value : e.getValue()) {
        log(configKey, "%s: %s", e.getKey(), value);
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
}
