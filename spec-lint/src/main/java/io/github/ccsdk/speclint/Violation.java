package io.github.ccsdk.speclint;

import java.util.Objects;

/**
 * One finding of the spec gate: which spec, where in it (a JSON pointer), which rule, what is
 * wrong, and how to fix it.
 */
public record Violation(String file, String pointer, String rule, String message, String hint) {
  public Violation {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(hint, "hint == null");
  }

  /** The gate's one-line form: {@code file#pointer [rule] message -- fix: hint}. */
  @Override
  public String toString() {
    return file + "#" + pointer + " [" + rule + "] " + message + " -- fix: " + hint;
  }
}
