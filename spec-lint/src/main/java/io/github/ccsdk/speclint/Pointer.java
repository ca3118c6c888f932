package io.github.ccsdk.speclint;

/** Builds RFC 6901 JSON pointers, so each violation names the exact node of the spec. */
final class Pointer {
  private Pointer() {}

  /** Appends reference tokens to {@code base}, escaping {@code ~} and {@code /}. */
  static String of(String base, Object... tokens) {
    StringBuilder result = new StringBuilder(base);
    for (Object token : tokens) {
      result.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
    }
    return result.toString();
  }
}
