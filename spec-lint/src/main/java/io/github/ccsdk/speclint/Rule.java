package io.github.ccsdk.speclint;

/** One lint rule of the spec gate. Implementations report every violation they find. */
interface Rule {
  /** The rule's name as printed in violations, e.g. {@code operation-id}. */
  String name();

  /** What the rule demands, in one sentence (the SARIF rule's short description). */
  String description();

  void check(ParsedSpec spec, Sink sink);

  /** Where a rule reports what it found. */
  interface Sink {
    void report(String pointer, String message, String hint);
  }
}
