package io.github.ccsdk.core.spi;

import io.github.ccsdk.core.ApiException;
import java.util.Objects;

/**
 * Creates an SDK's own {@link ApiException} subclass for a failure; each generated SDK provides one
 * (for example {@code Comm100Exception.FACTORY}) and the runtime calls it for every error. It also
 * says where the SDK's error bodies carry the vendor's code and message ({@link #errorFormat()}),
 * as the spec marks them.
 */
@FunctionalInterface
public interface ExceptionFactory {
  /** The exception to throw for {@code details}; {@code cause} may be null. Never returns null. */
  ApiException create(ApiException.Details details, Throwable cause);

  /**
   * Where error bodies carry the vendor's code and message; by default nowhere ({@link
   * ErrorFormat#none()}).
   */
  default ErrorFormat errorFormat() {
    return ErrorFormat.none();
  }

  /**
   * A factory that creates exceptions with {@code create} and reads error bodies by {@code format}.
   */
  static ExceptionFactory of(ErrorFormat format, ExceptionFactory create) {
    Objects.requireNonNull(format, "format == null");
    Objects.requireNonNull(create, "create == null");
    return new ExceptionFactory() {
      @Override
      public ApiException create(ApiException.Details details, Throwable cause) {
        return create.create(details, cause);
      }

      @Override
      public ErrorFormat errorFormat() {
        return format;
      }

      @Override
      public String toString() {
        return "ExceptionFactory{" + format + '}';
      }
    };
  }
}
