package io.github.ccsdk.conformance;

/**
 * An input the conformance tools cannot work with: a missing or unreadable file, a file that is not
 * a HAR, a spec that does not parse or cannot be used (an unresolvable or cyclic {@code $ref}, not
 * OpenAPI 3.0). The message is one line that names the file and what is wrong with it; the CLI
 * prints it as it is and exits with status 2.
 */
public final class ConformanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConformanceException(String message) {
    super(Texts.oneLine(message));
  }

  ConformanceException(String message, Throwable cause) {
    super(Texts.oneLine(message), cause);
  }
}
