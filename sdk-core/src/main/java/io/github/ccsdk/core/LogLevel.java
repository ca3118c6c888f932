package io.github.ccsdk.core;

/**
 * How much of each HTTP exchange a client logs, through the {@code System.Logger} named {@code
 * io.github.ccsdk} at level {@code INFO}. Credentials are redacted at every level.
 */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Request method and URL, response status and time. */
  BASIC,
  /** {@link #BASIC} plus headers. */
  HEADERS,
  /** {@link #HEADERS} plus text bodies (JSON, form, text), cut to 4 KiB. */
  FULL
}
