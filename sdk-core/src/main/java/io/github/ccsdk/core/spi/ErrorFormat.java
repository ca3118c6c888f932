package io.github.ccsdk.core.spi;

import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import io.github.ccsdk.core.ApiException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a vendor puts its error code and message in an error response body, so that {@link
 * ApiException.Details#vendorCode()} and {@link ApiException.Details#vendorMessage()} can show
 * them. Immutable.
 *
 * <p>Generated SDKs build theirs from the spec (the error schema's {@code x-ccsdk-error-code} and
 * {@code x-ccsdk-error-message}) as {@code <Sdk>Exception.ERROR_FORMAT}, and hand it to the runtime
 * through their {@link ExceptionFactory}; no client configures field names by hand.
 */
public final class ErrorFormat {
  /** Reads no vendor fields: errors keep only status, headers and body excerpt. */
  private static final ErrorFormat NONE = new ErrorFormat(null, null, false, Map.of());

  /**
   * The RFC 6749 section 5.2 error codes that say the client's credentials or grant were refused:
   * the user's password or client registration is wrong, not the request.
   */
  private static final Set<String> OAUTH2_REFUSALS =
      Set.of("invalid_grant", "invalid_client", "unauthorized_client");

  private final String codeField;
  private final String messageField;
  private final boolean oauth2;

  /** Formats of single operations, by request line ("POST /oauth/token"). */
  private final Map<String, ErrorFormat> operations;

  private ErrorFormat(
      String codeField, String messageField, boolean oauth2, Map<String, ErrorFormat> operations) {
    this.codeField = codeField;
    this.messageField = messageField;
    this.oauth2 = oauth2;
    this.operations = operations;
  }

  /** Reads no vendor fields: errors keep only status, headers and body excerpt. */
  public static ErrorFormat none() {
    return NONE;
  }

  /**
   * A JSON object body with the code and message in these top-level properties (Comm100: {@code
   * code}/{@code message}; ServicePattern: {@code error_code}/{@code error_message}). Either may be
   * null when the body has no such property, not both. A code may be a JSON number or string; it is
   * kept as text. A body that is not such JSON (an HTML 502 page) simply gives no code and no
   * message.
   */
  public static ErrorFormat json(String codeField, String messageField) {
    return new ErrorFormat(
            field(codeField, "codeField"), field(messageField, "messageField"), false, Map.of())
        .checked();
  }

  /**
   * An OAuth 2.0 token endpoint's error body (RFC 6749 section 5.2, {@code error} and {@code
   * error_description}), read like {@link #json}; in addition, the codes {@code invalid_grant},
   * {@code invalid_client} and {@code unauthorized_client} make the failure {@link
   * ApiException.Kind#UNAUTHORIZED} whatever its 4xx status: the credentials were refused.
   */
  public static ErrorFormat oauth2(String codeField, String messageField) {
    return new ErrorFormat(
            field(codeField, "codeField"), field(messageField, "messageField"), true, Map.of())
        .checked();
  }

  /**
   * This format, except for errors of the operation with this request line ({@code "POST
   * /oauth/token"}: the method and the path template of the spec), which are read by {@code
   * format}.
   */
  public ErrorFormat withOperation(String requestLine, ErrorFormat format) {
    Objects.requireNonNull(requestLine, "requestLine == null");
    Objects.requireNonNull(format, "format == null");
    if (!format.operations.isEmpty()) {
      throw new IllegalArgumentException("an operation's format has no operations of its own");
    }
    Map<String, ErrorFormat> more = new LinkedHashMap<>(operations);
    more.put(requestLine(requestLine), format);
    return new ErrorFormat(codeField, messageField, oauth2, Map.copyOf(more));
  }

  private static String field(String name, String what) {
    if (name != null && name.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return name;
  }

  private ErrorFormat checked() {
    if (codeField == null && messageField == null) {
      throw new IllegalArgumentException("codeField and messageField are both null");
    }
    return this;
  }

  /** "post /oauth/token?x" as "POST /oauth/token". */
  private static String requestLine(String line) {
    String[] parts = line.trim().split("\\s+", 2);
    if (parts.length != 2 || !parts[1].startsWith("/")) {
      throw new IllegalArgumentException(
          "requestLine must be a method and a path, such as \"POST /oauth/token\": " + line);
    }
    return parts[0].toUpperCase(Locale.ROOT) + " " + pathOf(parts[1]);
  }

  private static String pathOf(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** A vendor's code and message, either may be null, and the kind of failure they make. */
  record VendorError(String code, String message, boolean credentialsRefused) {
    static final VendorError NONE = new VendorError(null, null, false);

    /** The kind for an error answer with {@code status}. */
    ApiException.Kind kind(int status) {
      return credentialsRefused && status >= 400 && status <= 499
          ? ApiException.Kind.UNAUTHORIZED
          : ApiException.Kind.forStatus(status);
    }
  }

  /**
   * The code and message in the first bytes of a body answered to {@code request} (null when not
   * known), read by the format of the request's operation.
   */
  VendorError read(Request request, byte[] body) {
    ErrorFormat format = forRequest(request);
    if (format.codeField == null && format.messageField == null) {
      return VendorError.NONE;
    }
    Set<String> names = new LinkedHashSet<>();
    if (format.codeField != null) {
      names.add(format.codeField);
    }
    if (format.messageField != null) {
      names.add(format.messageField);
    }
    Map<String, String> found = BodyPeek.topLevel(body, names);
    String code = format.codeField == null ? null : found.get(format.codeField);
    String message = format.messageField == null ? null : found.get(format.messageField);
    return new VendorError(
        code, message, format.oauth2 && code != null && OAUTH2_REFUSALS.contains(code));
  }

  /** The format of the operation {@code request} was made from: its own, or this one. */
  private ErrorFormat forRequest(Request request) {
    if (operations.isEmpty() || request == null) {
      return this;
    }
    RequestTemplate template = request.requestTemplate();
    MethodMetadata method = template == null ? null : template.methodMetadata();
    RequestTemplate declared = method == null ? null : method.template();
    if (declared == null || declared.method() == null) {
      return this;
    }
    String line = declared.method().toUpperCase(Locale.ROOT) + " " + pathOf(declared.url());
    return operations.getOrDefault(line, this);
  }

  @Override
  public String toString() {
    if (codeField == null && messageField == null) {
      return "ErrorFormat.none";
    }
    return (oauth2 ? "ErrorFormat.oauth2(" : "ErrorFormat.json(")
        + codeField
        + ", "
        + messageField
        + ")"
        + (operations.isEmpty() ? "" : " with " + operations);
  }
}
