package io.github.ccsdk.core;

import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.spi.Redaction;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of every error an SDK throws from an API call: an HTTP error response, a success response
 * whose body could not be read, or a transport failure.
 *
 * <p>Each SDK has its own subclass family (for example {@code Comm100Exception.NotFound}) created
 * by its exception factory; catch the SDK's base class for all of them, or switch on {@link
 * #kind()}. The message and {@link #details()} never contain credentials: secret query parameters
 * are replaced by {@code REDACTED} and credential headers are blanked.
 */
public abstract class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Details details;

  /** The last {@link #errorBody} decoding, kept so that repeated calls decode once. */
  private transient volatile Decoded decoded;

  private record Decoded(Class<?> type, Optional<?> value) {}

  /** Creates an exception whose message is built from {@code details}. */
  protected ApiException(Details details, Throwable cause) {
    super(Objects.requireNonNull(details, "details == null").describe(), cause);
    this.details = details;
  }

  /** What happened: kind, status, vendor error, request and response facts. */
  public final Details details() {
    return details;
  }

  /** Shorthand for {@code details().kind()}. */
  public final Kind kind() {
    return details.kind();
  }

  /** Shorthand for {@code details().status()}: the HTTP status, or 0 when there was none. */
  public final int status() {
    return details.status();
  }

  /**
   * The vendor's error body decoded as {@code type} (a model of the SDK, such as the spec's error
   * schema, which each SDK exception offers as {@code error()}); empty when there was no body, or
   * it is not a JSON object of that shape (an HTML page, a JSON array, a transport failure). Never
   * throws. Decoded on the first call and kept; secret properties read {@code REDACTED}, as in
   * {@link Details#bodyExcerpt()}.
   */
  public final <T> Optional<T> errorBody(Class<T> type) {
    Objects.requireNonNull(type, "type == null");
    Decoded last = decoded;
    if (last == null || last.type() != type) {
      last = new Decoded(type, decode(details.errorBody(), type));
      decoded = last;
    }
    return last.value().map(type::cast);
  }

  private static <T> Optional<T> decode(String body, Class<T> type) {
    if (body == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Json.mapper().readValue(body, type));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty(); // not the shape the caller asked for: nothing to offer
    }
  }

  /** What kind of failure an {@link ApiException} reports. */
  public enum Kind {
    /** 400. */
    BAD_REQUEST,
    /** 401. */
    UNAUTHORIZED,
    /** 403. */
    FORBIDDEN,
    /** 404. */
    NOT_FOUND,
    /** 429; see {@link Details#retryAfter()}. */
    RATE_LIMITED,
    /** Any 5xx. */
    SERVER_ERROR,
    /** Any other status that is not 2xx (3xx, 405, 409, 422...). */
    HTTP_ERROR,
    /**
     * A 2xx whose body could not be read as promised: HTML instead of JSON, malformed or truncated
     * JSON, or no body where one was required.
     */
    UNEXPECTED_RESPONSE,
    /** No usable HTTP exchange: timeout, connection refused, reset or closed, unknown host. */
    IO;

    /**
     * The kind for an HTTP status: 2xx gives {@link #UNEXPECTED_RESPONSE} (a success is only an
     * error when its body is unusable) and 0 or less gives {@link #IO} (no response at all).
     */
    public static Kind forStatus(int status) {
      if (status <= 0) {
        return IO;
      }
      switch (status) {
        case 400:
          return BAD_REQUEST;
        case 401:
          return UNAUTHORIZED;
        case 403:
          return FORBIDDEN;
        case 404:
          return NOT_FOUND;
        case 429:
          return RATE_LIMITED;
        default:
          if (status >= 500 && status <= 599) {
            return SERVER_ERROR;
          }
          if (status >= 200 && status <= 299) {
            return UNEXPECTED_RESPONSE;
          }
          return HTTP_ERROR;
      }
    }
  }

  /**
   * The facts of one failed call. Immutable; the URL is redacted and credential headers are blanked
   * before they get here.
   */
  public static final class Details implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The longest {@link #bodyExcerpt()} kept, in characters. */
    public static final int MAX_EXCERPT = 2048;

    private final Kind kind;
    private final int status;
    private final String vendorCode;
    private final String vendorMessage;
    private final String method;
    private final String url;
    private final String bodyExcerpt;
    private final String errorBody;
    private final Map<String, List<String>> headers;
    private final Duration retryAfter;
    private final String problem;

    private Details(Builder b) {
      this.kind = b.kind;
      this.status = b.status;
      this.vendorCode = b.vendorCode;
      this.vendorMessage = b.vendorMessage;
      this.method = b.method;
      this.url = b.url;
      this.bodyExcerpt = b.bodyExcerpt;
      this.errorBody = b.errorBody;
      this.headers = b.headers;
      this.retryAfter = b.retryAfter;
      this.problem = b.problem;
    }

    /**
     * Starts a {@code Details}; SDK code and tests that stub an SDK use it, the runtime fills in
     * the rest. {@code url} is redacted again here, so a secret query parameter cannot slip in.
     */
    public static Builder builder(Kind kind, String method, String url) {
      return new Builder(kind, method, url);
    }

    /** The kind of failure. */
    public Kind kind() {
      return kind;
    }

    /** The HTTP status, or 0 when no HTTP response was received. */
    public int status() {
      return status;
    }

    /** The vendor's error code from the body (as text, even if the JSON had a number). */
    public Optional<String> vendorCode() {
      return Optional.ofNullable(vendorCode);
    }

    /** The vendor's error message from the body. */
    public Optional<String> vendorMessage() {
      return Optional.ofNullable(vendorMessage);
    }

    /** The HTTP method of the request. */
    public String method() {
      return method;
    }

    /** The request URL, with secret query parameters replaced by {@code REDACTED}. */
    public String url() {
      return url;
    }

    /** The start of the response body (at most 2048 characters), with secret fields redacted. */
    public Optional<String> bodyExcerpt() {
      return Optional.ofNullable(bodyExcerpt);
    }

    /**
     * The whole error body when it is a short JSON object, secrets redacted; what {@link
     * ApiException#errorBody} decodes. Null otherwise.
     */
    String errorBody() {
      return errorBody;
    }

    /** The response headers (case-insensitive keys), with credential values redacted. */
    public Map<String, List<String>> headers() {
      return headers;
    }

    /** How long the server asked us to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }

    /**
     * What went wrong, in words, when the status and the vendor do not say it: the I/O failure, or
     * why a success body was unusable. Not part of the original contract; added so those failures
     * have a readable message.
     */
    public Optional<String> problem() {
      return Optional.ofNullable(problem);
    }

    /** The exception message: {@code GET url -> 404 Not Found: [code 404] Visitor not found}. */
    String describe() {
      StringBuilder s = new StringBuilder().append(method).append(' ').append(url).append(" -> ");
      if (status <= 0) {
        s.append("I/O error");
      } else {
        s.append(status);
        String reason = reasonPhrase(status);
        if (reason != null) {
          s.append(' ').append(reason);
        }
      }
      if (kind == Kind.UNEXPECTED_RESPONSE && status > 0) {
        s.append(": unexpected response");
      }
      if (vendorCode != null || vendorMessage != null) {
        s.append(": ");
        if (vendorCode != null) {
          s.append("[code ").append(vendorCode).append(']');
        }
        if (vendorMessage != null) {
          s.append(vendorCode != null ? " " : "").append(vendorMessage);
        }
      }
      if (problem != null) {
        s.append(vendorCode != null || vendorMessage != null ? " (" : ": ").append(problem);
        if (vendorCode != null || vendorMessage != null) {
          s.append(')');
        }
      }
      return s.toString();
    }

    @Override
    public String toString() {
      return "Details{kind="
          + kind
          + ", status="
          + status
          + ", method="
          + method
          + ", url="
          + url
          + (vendorCode != null ? ", vendorCode=" + vendorCode : "")
          + (vendorMessage != null ? ", vendorMessage=" + vendorMessage : "")
          + (retryAfter != null ? ", retryAfter=" + retryAfter : "")
          + (problem != null ? ", problem=" + problem : "")
          + '}';
    }

    private static String reasonPhrase(int status) {
      switch (status) {
        case 200:
          return "OK";
        case 201:
          return "Created";
        case 202:
          return "Accepted";
        case 204:
          return "No Content";
        case 301:
          return "Moved Permanently";
        case 302:
          return "Found";
        case 303:
          return "See Other";
        case 304:
          return "Not Modified";
        case 307:
          return "Temporary Redirect";
        case 308:
          return "Permanent Redirect";
        case 400:
          return "Bad Request";
        case 401:
          return "Unauthorized";
        case 403:
          return "Forbidden";
        case 404:
          return "Not Found";
        case 405:
          return "Method Not Allowed";
        case 406:
          return "Not Acceptable";
        case 408:
          return "Request Timeout";
        case 409:
          return "Conflict";
        case 410:
          return "Gone";
        case 413:
          return "Content Too Large";
        case 415:
          return "Unsupported Media Type";
        case 422:
          return "Unprocessable Content";
        case 429:
          return "Too Many Requests";
        case 500:
          return "Internal Server Error";
        case 501:
          return "Not Implemented";
        case 502:
          return "Bad Gateway";
        case 503:
          return "Service Unavailable";
        case 504:
          return "Gateway Timeout";
        default:
          return null;
      }
    }

    /** Builds {@link Details}; every field except kind, method and URL is optional. */
    public static final class Builder {
      private final Kind kind;
      private final String method;
      private final String url;
      private int status;
      private String vendorCode;
      private String vendorMessage;
      private String bodyExcerpt;
      private String errorBody;
      private Map<String, List<String>> headers = Map.of();
      private Duration retryAfter;
      private String problem;

      private Builder(Kind kind, String method, String url) {
        this.kind = Objects.requireNonNull(kind, "kind == null");
        this.method = Objects.requireNonNull(method, "method == null");
        this.url = Redaction.defaults().url(Objects.requireNonNull(url, "url == null"));
      }

      /** The HTTP status; 0 (the default) when there was no response. */
      public Builder status(int status) {
        if (status < 0) {
          throw new IllegalArgumentException("status < 0: " + status);
        }
        this.status = status;
        return this;
      }

      /** The vendor's error code, or null. */
      public Builder vendorCode(String vendorCode) {
        this.vendorCode = vendorCode;
        return this;
      }

      /** The vendor's error message, or null. */
      public Builder vendorMessage(String vendorMessage) {
        this.vendorMessage = vendorMessage;
        return this;
      }

      /** The start of the body, or null; cut to 2048 characters. */
      public Builder bodyExcerpt(String bodyExcerpt) {
        this.bodyExcerpt =
            bodyExcerpt == null || bodyExcerpt.length() <= MAX_EXCERPT
                ? bodyExcerpt
                : bodyExcerpt.substring(0, MAX_EXCERPT);
        return this;
      }

      /**
       * The whole error body when it is a JSON object, or null: what {@link ApiException#errorBody}
       * decodes (the runtime keeps short ones; a test that stubs an SDK can set one). Secret
       * properties are redacted here.
       */
      public Builder errorBody(String errorBody) {
        this.errorBody = errorBody == null ? null : Redaction.defaults().text(errorBody);
        return this;
      }

      /** The response headers; credential headers are blanked. */
      public Builder headers(Map<String, ? extends Collection<String>> headers) {
        this.headers =
            Redaction.defaults().headers(Objects.requireNonNull(headers, "headers == null"));
        return this;
      }

      /** How long the server asked to wait, or null. */
      public Builder retryAfter(Duration retryAfter) {
        if (retryAfter != null && retryAfter.isNegative()) {
          throw new IllegalArgumentException("retryAfter < 0: " + retryAfter);
        }
        this.retryAfter = retryAfter;
        return this;
      }

      /** What went wrong in words, or null. */
      public Builder problem(String problem) {
        this.problem = problem;
        return this;
      }

      /** The immutable details. */
      public Details build() {
        return new Details(this);
      }
    }
  }
}
