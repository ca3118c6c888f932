package io.github.ccsdk.contactnow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Reads ContactNow's loosely typed values: numbers as strings, zero dates, PHP booleans. */
final class Values {
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  private Values() {}

  /** A whole number sent as a JSON number or a string of digits; empty otherwise. */
  static OptionalLong number(JsonNode node) {
    if (node == null || node.isNull()) {
      return OptionalLong.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return OptionalLong.of(node.asLong());
    }
    if (node.isBoolean()) {
      return OptionalLong.of(node.asBoolean() ? 1 : 0); // PHP writes true for 1 now and then
    }
    return node.isTextual() ? number(node.asText()) : OptionalLong.empty();
  }

  /** A whole number written as text; empty for null, blank or anything else. */
  static OptionalLong number(String text) {
    if (text == null) {
      return OptionalLong.empty();
    }
    String t = text.trim();
    return INTEGER.matcher(t).matches() ? OptionalLong.of(Long.parseLong(t)) : OptionalLong.empty();
  }

  /** A scalar as text; empty for null and non-scalars. */
  static Optional<String> text(JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode()
        ? Optional.empty()
        : Optional.of(node.asText());
  }

  /**
   * {@code YYYY-MM-DD HH:MM:SS} (a bare date reads as its midnight); empty for null, blank and the
   * zero date {@code 0000-00-00 00:00:00}, which ContactNow writes for "no date".
   */
  static Optional<LocalDateTime> dateTime(String text) {
    if (isNoDate(text)) {
      return Optional.empty();
    }
    String t = text.trim();
    return Optional.of(
        t.length() == 10
            ? LocalDate.parse(t, DATE).atStartOfDay()
            : LocalDateTime.parse(t, DATE_TIME));
  }

  /** {@code YYYY-MM-DD} (a time part is ignored); empty for null, blank and the zero date. */
  static Optional<LocalDate> date(String text) {
    if (isNoDate(text)) {
      return Optional.empty();
    }
    String t = text.trim();
    return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t, DATE));
  }

  private static boolean isNoDate(String text) {
    return text == null || text.isBlank() || text.trim().startsWith("0000-00-00");
  }
}
