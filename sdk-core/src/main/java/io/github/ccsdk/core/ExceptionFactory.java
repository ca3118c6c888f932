package io.github.ccsdk.core;

/**
 * Creates an SDK's own {@link ApiException} subclass for a failure; each generated SDK provides one
 * (for example {@code Comm100Exception.FACTORY}) and the runtime calls it for every error.
 */
@FunctionalInterface
public interface ExceptionFactory {
  /** The exception to throw for {@code details}; {@code cause} may be null. Never returns null. */
  ApiException create(ApiException.Details details, Throwable cause);
}
