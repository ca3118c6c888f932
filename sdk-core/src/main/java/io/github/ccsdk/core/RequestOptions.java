package io.github.ccsdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the calls of one service view, over the client's own: get the view with a service's
 * {@code withOptions(options)}, such as {@code
 * client.visitors().withOptions(RequestOptions.builder().readTimeout(Duration.ofSeconds(2)).build())}.
 * Immutable.
 *
 * <p>What is set here wins over the client's setting for those calls only; what is not set stays
 * the client's. Headers set here replace a header of the same name the call would send, including
 * the client's {@code defaultHeader}s.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.readTimeout = b.readTimeout;
    this.retryPolicy = b.retryPolicy;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /** Options that change nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long each attempt waits for data once connected, if set. */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /** When failed calls are repeated, if set. */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** The headers added to every request, by name in the order set. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The settings, with header names only: a header here may carry a credential. */
  @Override
  public String toString() {
    return "RequestOptions{readTimeout="
        + readTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", headers="
        + headers.keySet()
        + '}';
  }

  /** Builds {@link RequestOptions}; not thread-safe. */
  public static final class Builder {
    private Duration readTimeout;
    private RetryPolicy retryPolicy;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * How long each attempt waits for data once connected, over the client's {@code readTimeout}.
     *
     * @throws IllegalArgumentException if shorter than 1 ms or longer than {@code
     *     Integer.MAX_VALUE} ms
     */
    public Builder readTimeout(Duration readTimeout) {
      Objects.requireNonNull(readTimeout, "readTimeout == null");
      if (readTimeout.toMillis() < 1 || readTimeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "readTimeout must be between 1 ms and " + Integer.MAX_VALUE + " ms: " + readTimeout);
      }
      this.readTimeout = readTimeout;
      return this;
    }

    /** When failed calls are repeated, over the client's {@code retryPolicy}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * Sends header {@code name} with {@code value} on every request of the calls.
     *
     * @throws IllegalArgumentException if the name is not a header name or the value spans lines
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      if (!isToken(name)) {
        throw new IllegalArgumentException("not a header name: \"" + name + "\"");
      }
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        // The value is not shown: it may be a credential.
        throw new IllegalArgumentException("the value of header " + name + " spans lines");
      }
      headers.put(name, value);
      return this;
    }

    private static boolean isToken(String name) {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean ok =
            (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        if (!ok) {
          return false;
        }
      }
      return !name.isEmpty();
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
