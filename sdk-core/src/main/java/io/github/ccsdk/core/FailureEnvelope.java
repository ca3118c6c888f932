package io.github.ccsdk.core;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Map;
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
 * <p>The exception keeps the real status (200), has the envelope's error text as {@link
 * ApiException.Details#vendorMessage()} and says in {@link ApiException.Details#problem()} that the
 * body reported failure. Its kind is the SDK's choice for the error text. Only the first 16 KiB of
 * a body are looked at (failure envelopes are short); every other answer reaches the caller whole
 * and unchanged.
 */
public final class FailureEnvelope {
  /** What a PHP-style API writes for false: JSON false, 0, or the strings "0", "false" and "". */
  private static final Set<String> FALSE = Set.of("false", "0", "");

  private FailureEnvelope() {}

  /**
   * The decorator. A 2xx answer whose JSON object has {@code successField} false is turned into
   * {@code exceptions.create(...)} with the kind {@code kindForError} gives for the text of {@code
   * errorField} (null when the body has none).
   */
  public static UnaryOperator<Client> decorator(
      ExceptionFactory exceptions,
      String successField,
      String errorField,
      Function<String, ApiException.Kind> kindForError) {
    Failures failures =
        new Failures(
            Objects.requireNonNull(exceptions, "exceptions == null"), Redaction.defaults());
    Objects.requireNonNull(successField, "successField == null");
    Objects.requireNonNull(errorField, "errorField == null");
    Objects.requireNonNull(kindForError, "kindForError == null");
    return delegate ->
        new EnvelopeClient(
            Objects.requireNonNull(delegate, "delegate == null"),
            failures,
            successField,
            errorField,
            kindForError);
  }

  private static final class EnvelopeClient implements Client {
    private final Client delegate;
    private final Failures failures;
    private final String successField;
    private final String errorField;
    private final Function<String, ApiException.Kind> kindForError;

    EnvelopeClient(
        Client delegate,
        Failures failures,
        String successField,
        String errorField,
        Function<String, ApiException.Kind> kindForError) {
      this.delegate = delegate;
      this.failures = failures;
      this.successField = successField;
      this.errorField = errorField;
      this.kindForError = kindForError;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      Response response = delegate.execute(request, options);
      if (response.status() < 200 || response.status() > 299 || response.body() == null) {
        return response;
      }
      BodyPeek.Peeked peeked = BodyPeek.peek(response);
      Map<String, String> envelope =
          BodyPeek.topLevel(peeked.head(), Set.of(successField, errorField));
      String success = envelope.get(successField);
      if (success == null || !FALSE.contains(success)) {
        return peeked.response();
      }
      peeked.response().close();
      String error = envelope.get(errorField);
      ApiException.Kind kind =
          Objects.requireNonNull(kindForError.apply(error), "kindForError returned null");
      String contentType = Failures.header(response.headers(), "Content-Type");
      throw failures.create(
          failures
              .details(kind, request)
              .status(response.status())
              .vendorMessage(error)
              .bodyExcerpt(
                  failures.excerpt(peeked.head(), contentType, ApiException.Details.MAX_EXCERPT))
              .headers(failures.redaction().headers(response.headers()))
              .problem("the body says " + successField + ": false")
              .build(),
          null);
    }
  }
}
