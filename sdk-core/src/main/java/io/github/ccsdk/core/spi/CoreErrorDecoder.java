package io.github.ccsdk.core.spi;

import feign.Request;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns every non-2xx response into the SDK's {@link ApiException}, with the vendor's code and
 * message (read by the SDK's {@link ErrorFormat}, which may also decide the kind: an OAuth token
 * endpoint's {@code invalid_grant} is {@link ApiException.Kind#UNAUTHORIZED}), a redacted excerpt
 * of the body, the body itself for {@link ApiException#errorBody} and the server's {@code
 * Retry-After}.
 *
 * <p>For a status the {@link RetryPolicy} retries, the exception goes to Feign wrapped in a {@link
 * RetryableException} so that Feign's retry loop consults {@link CoreRetryer}; the invocation
 * handler unwraps it again if the call finally fails.
 */
final class CoreErrorDecoder implements ErrorDecoder {
  /**
   * How much of an error body we read: enough for any real vendor error and its excerpt, while a 2
   * MB HTML page costs no more than this.
   */
  static final int MAX_ERROR_BODY = 64 * 1024;

  private final Failures failures;
  private final ErrorFormat format;
  private final RetryPolicy policy;
  private final Clock clock;

  CoreErrorDecoder(Failures failures, ErrorFormat format, RetryPolicy policy, Clock clock) {
    this.failures = failures;
    this.format = format;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, feign.Response response) {
    Request request = response.request();
    int status = response.status();
    String contentType = Http.header(response.headers(), "Content-Type");
    byte[] body = new byte[0];
    String problem = null;
    if (response.body() != null) {
      try (InputStream in = response.body().asInputStream()) {
        body = Http.readAtMost(in, MAX_ERROR_BODY);
      } catch (IOException e) {
        // The status already says what matters; a body we could not read is a footnote.
        problem = "the error body could not be read: " + failures.describe(e);
      }
    }
    ErrorFormat.VendorError vendor = format.read(request, body);
    ApiException.Details details =
        failures
            .details(vendor.kind(status), request)
            .status(status)
            .vendorCode(vendor.code())
            .vendorMessage(vendor.message())
            .bodyExcerpt(
                body.length == 0
                    ? null
                    : failures.excerpt(body, contentType, ApiException.Details.MAX_EXCERPT))
            .errorBody(failures.keptErrorBody(body, contentType))
            .headers(failures.redaction().headers(response.headers()))
            .retryAfter(retryAfter(Http.header(response.headers(), "Retry-After"), clock))
            .problem(problem)
            .build();
    ApiException exception = failures.create(details, null);
    if (Call.retryPolicy(policy).retryableStatuses().contains(status)) {
      return new RetryableException(
          status, exception.getMessage(), request.httpMethod(), exception, (Long) null, request);
    }
    return exception;
  }

  /**
   * {@code Retry-After} as delta-seconds or an HTTP-date (RFC 9110 section 10.2.3); null when
   * absent or unreadable. A date in the past means "now".
   */
  static Duration retryAfter(String header, Clock clock) {
    if (header == null || header.trim().isEmpty()) {
      return null;
    }
    String value = header.trim();
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return null; // too many digits to be a real wait
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
