package io.github.ccsdk.speclint;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** operationIds are present, unique and lowerCamelCase: they become SDK method names. */
final class OperationIdRule implements Rule {
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");

  @Override
  public String name() {
    return "operation-id";
  }

  @Override
  public String description() {
    return "Every operation has an operationId, unique and lowerCamelCase.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    Map<String, String> seen = new HashMap<>();
    for (ParsedSpec.Op op : spec.operations()) {
      String id = op.operation().getOperationId();
      if (id == null || id.isBlank()) {
        sink.report(
            op.pointer(),
            "operation has no operationId",
            "add `operationId: " + suggest(op.method() + " " + op.path()) + "` (lowerCamelCase)");
        continue;
      }
      if (!LOWER_CAMEL.matcher(id).matches()) {
        sink.report(
            Pointer.of(op.pointer(), "operationId"),
            "operationId \"" + id + "\" is not lowerCamelCase",
            "rename it to \"" + suggest(id) + "\"");
      }
      String first = seen.putIfAbsent(id, op.pointer());
      if (first != null) {
        sink.report(
            Pointer.of(op.pointer(), "operationId"),
            "operationId \"" + id + "\" is already used by " + first,
            "give this operation an operationId of its own");
      }
    }
  }

  /** lowerCamelCase from any words: {@code "Get /visitors/{id}"} becomes {@code getVisitorsId}. */
  static String suggest(String words) {
    StringBuilder result = new StringBuilder();
    for (String word : words.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (result.length() == 0) {
        result.append(word.substring(0, 1).toLowerCase(Locale.ROOT)).append(word.substring(1));
      } else {
        result.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    if (result.length() == 0 || !Character.isLetter(result.charAt(0))) {
      result.insert(0, "op");
    }
    return result.toString();
  }
}
