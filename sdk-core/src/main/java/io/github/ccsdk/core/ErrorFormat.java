package io.github.ccsdk.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Objects;

/**
 * Where a vendor puts its error code and message in an error response body, so that {@link
 * ApiException.Details#vendorCode()} and {@link ApiException.Details#vendorMessage()} can show
 * them. Immutable.
 */
public final class ErrorFormat {
  /** Reads no vendor fields: errors keep only status, headers and body excerpt. */
  static final ErrorFormat NONE = new ErrorFormat(null, null);

  private final String codeField;
  private final String messageField;

  private ErrorFormat(String codeField, String messageField) {
    this.codeField = codeField;
    this.messageField = messageField;
  }

  /**
   * A JSON object body with the code and message in these top-level properties (Comm100: {@code
   * code}/{@code message}; ServicePattern: {@code error_code}/{@code error_message}). A code may be
   * a JSON number or string; it is kept as text. A body that is not such JSON (an HTML 502 page)
   * simply gives no code and no message.
   */
  public static ErrorFormat json(String codeField, String messageField) {
    Objects.requireNonNull(codeField, "codeField == null");
    Objects.requireNonNull(messageField, "messageField == null");
    if (codeField.isEmpty() || messageField.isEmpty()) {
      throw new IllegalArgumentException("field names must not be empty");
    }
    return new ErrorFormat(codeField, messageField);
  }

  /** A vendor's code and message; either may be null. */
  record VendorError(String code, String message) {
    static final VendorError NONE = new VendorError(null, null);
  }

  /**
   * Finds the code and message in the first bytes of a body. Streams instead of building a tree so
   * that a body cut off at our read limit still yields fields that came before the cut.
   */
  VendorError read(byte[] body, int length) {
    if (codeField == null || length == 0) {
      return VendorError.NONE;
    }
    String code = null;
    String message = null;
    try (JsonParser p = Json.mapper().getFactory().createParser(body, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return VendorError.NONE;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          if (name.equals(codeField) && code == null) {
            code = p.getText();
          } else if (name.equals(messageField) && message == null) {
            message = p.getText();
          }
        } else {
          p.skipChildren();
        }
        if (code != null && message != null) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON, or cut off: keep what was found before the problem.
    }
    return new VendorError(code, message);
  }

  @Override
  public String toString() {
    return codeField == null
        ? "ErrorFormat.none"
        : "ErrorFormat.json(" + codeField + ", " + messageField + ")";
  }
}
