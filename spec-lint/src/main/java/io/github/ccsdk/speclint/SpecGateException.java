package io.github.ccsdk.speclint;

/** The spec gate refused its input; any violations were printed before this was thrown. */
public final class SpecGateException extends Exception {
  private static final long serialVersionUID = 1L;

  SpecGateException(String message) {
    super(message);
  }
}
