package io.github.ccsdk.core.spi;

import feign.Client;
import feign.RequestInterceptor;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The validated settings of one client, as built by {@link AbstractClientBuilder}. Immutable; the
 * public accessors show the user-facing settings, the rest is the runtime's wiring.
 */
public final class ClientConfig {
  private final URI baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final LogLevel logLevel;
  private final String userAgent;
  final Client client;
  final List<RequestInterceptor> interceptors;
  final Map<String, String> clientParameters;
  final Redaction redaction;
  final ExceptionFactory exceptionFactory;
  final Sleeper sleeper;
  final Clock clock;
  final Log log;
  final DoubleSupplier random;

  ClientConfig(
      URI baseUrl,
      Duration connectTimeout,
      Duration readTimeout,
      RetryPolicy retryPolicy,
      LogLevel logLevel,
      String userAgent,
      Client client,
      List<RequestInterceptor> interceptors,
      Map<String, String> clientParameters,
      Redaction redaction,
      ExceptionFactory exceptionFactory,
      Sleeper sleeper,
      Clock clock,
      Log log,
      DoubleSupplier random) {
    this.baseUrl = baseUrl;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.retryPolicy = retryPolicy;
    this.logLevel = logLevel;
    this.userAgent = userAgent;
    this.client = client;
    this.interceptors = List.copyOf(interceptors);
    this.clientParameters = Map.copyOf(clientParameters);
    this.redaction = redaction;
    this.exceptionFactory = exceptionFactory;
    this.sleeper = sleeper;
    this.clock = clock;
    this.log = log;
    this.random = random;
  }

  /** The absolute http(s) URL the API paths are appended to, without a trailing slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** How long to wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for data once connected. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** When failed calls are repeated. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** How much of each exchange is logged. */
  public LogLevel logLevel() {
    return logLevel;
  }

  /** The User-Agent header sent. */
  public String userAgent() {
    return userAgent;
  }

  /** The user-facing settings; credentials are never part of a config's text. */
  @Override
  public String toString() {
    return "ClientConfig{baseUrl="
        + baseUrl
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", logLevel="
        + logLevel
        + ", userAgent="
        + userAgent
        + '}';
  }
}
