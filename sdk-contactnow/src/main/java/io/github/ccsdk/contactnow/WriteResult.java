package io.github.ccsdk.contactnow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.core.ApiException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The answer of a write (create/update) with the envelope unwrapped: how many items were written
 * ({@link #total()}), how many were refused ({@link #bad()}), the new id ({@link #key()}) and the
 * server's remarks. Immutable.
 *
 * <p>ContactNow can refuse some items while saying {@code success: true}; this result never lets
 * that pass as a plain success: {@link #isComplete()} is false and {@link #requireComplete()}
 * throws. Numbers sent as strings ({@code "total": "1"}) are read as numbers.
 */
public final class WriteResult {
  private final int total;
  private final int bad;
  private final Long key;
  private final String info;
  private final String error;
  private final String accountId;

  private final JsonNode envelope;

  private WriteResult(JsonNode envelope) {
    this.envelope = envelope.deepCopy();
    this.total = (int) Values.number(envelope.get("total")).orElse(0);
    this.bad = (int) Values.number(envelope.get("bad")).orElse(0);
    OptionalLong k = Values.number(envelope.get("key"));
    this.key = k.isPresent() && k.getAsLong() != 0 ? k.getAsLong() : null;
    this.info = Values.text(envelope.get("info")).orElse(null);
    this.error = Values.text(envelope.get("error")).orElse(null);
    this.accountId = Values.text(envelope.get("account_id")).orElse(null);
  }

  /** Reads a write envelope, as the SDK decodes every write's answer. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static WriteResult fromJson(JsonNode envelope) {
    if (envelope == null || !envelope.isObject()) {
      throw new IllegalArgumentException(
          "a write answer must be a JSON object, got "
              + (envelope == null
                  ? "nothing"
                  : envelope.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    return new WriteResult(envelope);
  }

  /** The answer as received, for logging or fields this class does not read; a copy. */
  @JsonValue
  public JsonNode json() {
    return envelope.deepCopy();
  }

  /** Items written. */
  public int total() {
    return total;
  }

  /** Items refused (failed validation, or not found for an update). */
  public int bad() {
    return bad;
  }

  /** True if no item was refused. */
  public boolean isComplete() {
    return bad == 0;
  }

  /** The id of the created item; empty when the server gave none (or 0). */
  public OptionalLong key() {
    return key == null ? OptionalLong.empty() : OptionalLong.of(key);
  }

  /** The server's remark, such as "Record is LIVE on the dialer.". */
  public Optional<String> info() {
    return Optional.ofNullable(info);
  }

  /** Why items were refused, when the server said. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The id of the account that ran the call. */
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  /**
   * This result, if no item was refused.
   *
   * @throws ContactNowException.BadRequest if {@link #bad()} is above zero: the server refused
   *     items (its error text, if any, is the exception's vendor message)
   */
  public WriteResult requireComplete() {
    if (bad == 0) {
      return this;
    }
    throw ContactNowException.FACTORY.create(
        ApiException.Details.builder(ApiException.Kind.BAD_REQUEST, "POST", "(a ContactNow write)")
            .status(200)
            .vendorMessage(error)
            .errorBody(envelope.toString())
            .problem(bad + " of " + (total + bad) + " items refused")
            .build(),
        null);
  }

  @Override
  public String toString() {
    return "WriteResult{total="
        + total
        + ", bad="
        + bad
        + (key != null ? ", key=" + key : "")
        + (info != null ? ", info=" + info : "")
        + (error != null ? ", error=" + error : "")
        + '}';
  }
}
