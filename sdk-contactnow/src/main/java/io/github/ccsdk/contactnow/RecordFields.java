package io.github.ccsdk.contactnow;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.contactnow.model.ContactRecord;
import io.github.ccsdk.core.spi.Json;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed access to a {@link ContactRecord}, whose columns come back with the vendor's mixed-case
 * names and every value as a string. Immutable.
 *
 * <p>Numbers are parsed from their strings (empty when blank). Date-times are {@code YYYY-MM-DD
 * HH:MM:SS} in the contact centre's local time, so they are {@link LocalDateTime}s; the zero date
 * {@code 0000-00-00 00:00:00}, which ContactNow writes for "no date", reads as empty. A value that
 * is neither empty nor well-formed throws {@link NumberFormatException} or {@link
 * DateTimeParseException}: the server sent something the SDK cannot honestly guess.
 */
public final class RecordFields {
  private final JsonNode json;

  private RecordFields(JsonNode json) {
    this.json = json;
  }

  /** The typed view of {@code record}. */
  public static RecordFields of(ContactRecord record) {
    Objects.requireNonNull(record, "record == null");
    return new RecordFields(Json.mapper().valueToTree(record));
  }

  /** The record id ({@code id}). */
  public OptionalLong id() {
    return number("id");
  }

  /** The record URN ({@code URN}). */
  public OptionalLong urn() {
    return number("URN");
  }

  /** The dataset the record belongs to ({@code datasetid}). */
  public OptionalLong datasetId() {
    return number("datasetid");
  }

  /** The preferred agent ({@code AgentRef}); empty for none ({@code 0} or blank). */
  public OptionalLong agentRef() {
    OptionalLong agent = number("AgentRef");
    return agent.isPresent() && agent.getAsLong() == 0 ? OptionalLong.empty() : agent;
  }

  /** The last outcome code ({@code outcomecode}). */
  public OptionalLong outcomeCode() {
    return number("outcomecode");
  }

  /** True if only {@link #agentRef()} may dial the record ({@code Agent_Specific} = 1). */
  public boolean agentSpecific() {
    return number("Agent_Specific").orElse(0) == 1;
  }

  /** True if a callback is redialled at the same time of day ({@code Call_Back_Sametime} = 1). */
  public boolean callBackSametime() {
    return number("Call_Back_Sametime").orElse(0) == 1;
  }

  /** When the record is due for a callback ({@code callback}); empty for "no date". */
  public Optional<LocalDateTime> callback() {
    return text("callback").flatMap(Values::dateTime);
  }

  /** When the record was last processed ({@code ProcessDate}); empty for "no date". */
  public Optional<LocalDateTime> processDate() {
    return text("ProcessDate").flatMap(Values::dateTime);
  }

  /** When the record was loaded ({@code loaddate}); empty for "no date". */
  public Optional<LocalDate> loadDate() {
    return text("loaddate").flatMap(Values::date);
  }

  /**
   * Any column as text, standard or custom, by its vendor name exactly as the server wrote it
   * ({@code "HomePhone"}, {@code "Call_Back_Notes"}, a custom {@code "PolicyNumber"}).
   */
  public Optional<String> text(String column) {
    Objects.requireNonNull(column, "column == null");
    return Values.text(json.get(column));
  }

  /**
   * Any column as a whole number.
   *
   * @throws NumberFormatException if the column holds text that is not a whole number
   */
  public OptionalLong number(String column) {
    Optional<String> value = text(column);
    if (value.isEmpty() || value.get().isBlank()) {
      return OptionalLong.empty();
    }
    OptionalLong n = Values.number(value.get());
    if (n.isEmpty()) {
      throw new NumberFormatException(column + " is not a whole number: " + value.get());
    }
    return n;
  }

  /**
   * Any column as a date-time ({@code YYYY-MM-DD HH:MM:SS}); empty for "no date".
   *
   * @throws DateTimeParseException if the column holds text in another format
   */
  public Optional<LocalDateTime> dateTime(String column) {
    return text(column).flatMap(Values::dateTime);
  }

  /** The columns without their values: record fields carry personal data. */
  @Override
  public String toString() {
    return "RecordFields" + json.properties().stream().map(e -> e.getKey()).toList();
  }
}
