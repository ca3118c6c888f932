package io.github.ccsdk.core;

/**
 * A model property was read but the server had sent something else: the property was missing or
 * null although required, or its JSON had another type than the spec promised.
 *
 * <p>Not an {@link ApiException}: the call itself succeeded, and this is thrown later, when the
 * property is read. The JSON as it came is still available from the property's {@link
 * JsonField#raw()}.
 */
public final class InvalidDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidDataException(String message) {
    super(message);
  }
}
