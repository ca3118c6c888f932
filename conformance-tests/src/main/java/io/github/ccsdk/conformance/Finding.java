package io.github.ccsdk.conformance;

/**
 * One thing wrong (or, for a warning, worth a look) with one recorded exchange.
 *
 * @param file the HAR file as it was named
 * @param entry the index of the entry in the HAR's {@code log.entries}, from 0
 * @param method the request method
 * @param path the raw request path (no query: it may hold credentials)
 * @param status the recorded response status
 * @param operationId the operation the entry matched, or null when it matched none
 * @param severity whether the finding fails validation
 * @param where what is wrong: {@code operation}, {@code request query "name"}, {@code response
 *     status}, {@code response body /0/id} (a JSON pointer into the body), ...
 * @param message what is wrong with it
 * @param schema the JSON pointer of the spec node that says so, when there is one
 */
public record Finding(
    String file,
    int entry,
    String method,
    String path,
    int status,
    String operationId,
    Severity severity,
    String where,
    String message,
    String schema) {

  /** Whether a finding fails the validation. */
  public enum Severity {
    /** The exchange does not conform: exit status 1. */
    VIOLATION,
    /** Worth a look, but conforming (properties or enum values the spec does not list). */
    WARNING
  }

  /**
   * The finding as one line: {@code <file>#<entry> <METHOD> <path> -> <status>: <where>:
   * <message>}, with {@code warning: } before the message of a warning. Control characters are
   * escaped, so the line is always one line.
   */
  public String line() {
    return Texts.oneLine(
        file
            + "#"
            + entry
            + " "
            + method
            + " "
            + path
            + " -> "
            + status
            + ": "
            + where
            + ": "
            + (severity == Severity.WARNING ? "warning: " : "")
            + message);
  }
}
