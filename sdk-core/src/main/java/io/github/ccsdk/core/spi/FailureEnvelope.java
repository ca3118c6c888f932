package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ccsdk.core.ApiException;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A {@link feign.Client} decorator (for {@code AbstractClientBuilder.clientDecorator}) for APIs
 * that report a failed call in the body of a 2xx answer, such as {@code {"success": false, "error":
 * "Expired token"}}: the call throws the SDK's {@link ApiException}, exactly as for an error
 * status, instead of returning a model the caller must remember to check.
 *
 * <p>The exception keeps the real status (200), has the envelope's vendor code and message as the
 * SDK's {@link ExceptionFactory#errorFormat()} reads them (the spec's error schema marks them),
 * keeps the body for {@link ApiException#errorBody} and says in {@link
 * ApiException.Details#problem()} that the body reported failure. Its kind is the SDK's choice for
 * the error text. Only the first 16 KiB of a body are looked at (failure envelopes are short);
 * every other answer reaches the caller whole and unchanged.
 */
public final class FailureEnvelope {
  /** What a PHP-style API writes for false: JSON false, 0, or the strings "0", "false" and "". */
  private static final Set<String> FALSE = Set.of("false", "0", "");

  private FailureEnvelope() {}

  /**
   * The decorator. A 2xx answer whose JSON object has {@code successField} false is turned into
   * {@code exceptions.create(...)} with the kind {@code kindForError} gives for its vendor message
   * (null when the body has none).
   */
  public static UnaryOperator<Client> decorator(
      ExceptionFactory exceptions,
      String successField,
      Function<String, ApiException.Kind> kindForError) {
    Failures failures =
        new Failures(
            Objects.requireNonNull(exceptions, "exceptions == null"), Redaction.defaults());
    ErrorFormat format =
        Objects.requireNonNull(exceptions.errorFormat(), "exceptions.errorFormat() == null");
    Objects.requireNonNull(successField, "successField == null");
    Objects.requireNonNull(kindForError, "kindForError == null");
    return delegate ->
        new EnvelopeClient(
            Objects.requireNonNull(delegate, "delegate == null"),
            failures,
            format,
            successField,
            kindForError);
  }

  private static final class EnvelopeClient implements Client {
    private final Client delegate;
    private final Failures failures;
    private final ErrorFormat format;
    private final String successField;
    private final Function<String, ApiException.Kind> kindForError;

    EnvelopeClient(
        Client delegate,
        Failures failures,
        ErrorFormat format,
        String successField,
        Function<String, ApiException.Kind> kindForError) {
      this.delegate = delegate;
      this.failures = failures;
      this.format = format;
      this.successField = successField;
      this.kindForError = kindForError;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      Response response = delegate.execute(request, options);
      if (response.status() < 200 || response.status() > 299 || response.body() == null) {
        return response;
      }
      BodyPeek.Peeked peeked = BodyPeek.peek(response);
      String success = BodyPeek.topLevel(peeked.head(), Set.of(successField)).get(successField);
      if (success == null || !FALSE.contains(success)) {
        return peeked.response();
      }
      peeked.response().close();
      ErrorFormat.VendorError vendor = format.read(request, peeked.head());
      ApiException.Kind kind =
          Objects.requireNonNull(
              kindForError.apply(vendor.message()), "kindForError returned null");
      String contentType = Http.header(response.headers(), "Content-Type");
      throw failures.create(
          failures
              .details(kind, request)
              .status(response.status())
              .vendorCode(vendor.code())
              .vendorMessage(vendor.message())
              .bodyExcerpt(
                  failures.excerpt(peeked.head(), contentType, ApiException.Details.MAX_EXCERPT))
              .errorBody(failures.keptErrorBody(peeked.head(), contentType))
              .headers(failures.redaction().headers(response.headers()))
              .problem("the body says " + successField + ": false")
              .build(),
          null);
    }
  }
}
