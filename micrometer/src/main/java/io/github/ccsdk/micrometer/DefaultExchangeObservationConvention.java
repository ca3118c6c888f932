package io.github.ccsdk.micrometer;

import io.github.ccsdk.core.Exchange;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The observation {@value #NAME}, named after the operation called, with key values that keep the
 * number of time series bounded.
 *
 * <p>Low cardinality (timer tags and span tags):
 *
 * <ul>
 *   <li>{@value #OPERATION}: the service and method called, such as {@code VisitorsService.get};
 *   <li>{@value #METHOD}: the HTTP method;
 *   <li>{@value #STATUS}: the response status, {@code none} when no response came;
 *   <li>{@value #OUTCOME}: {@code SUCCESS} (2xx), {@code CLIENT_ERROR} (4xx), {@code SERVER_ERROR}
 *       (5xx), {@code REDIRECTION} (3xx), {@code INFORMATIONAL} (1xx), or {@code UNKNOWN} when no
 *       response came;
 *   <li>{@value #EXCEPTION}: the simple class name of the transport's exception when no response
 *       came (such as {@code ConnectException}), otherwise {@code none};
 *   <li>{@value #RETRY}: {@code false} for a call's first exchange, {@code true} for a retry or a
 *       resend after a token renewal. A yes or no rather than the attempt number, which would add a
 *       series per attempt for every other combination.
 * </ul>
 *
 * <p>High cardinality (span tags only): {@value #URL}, the request URL with its secrets redacted,
 * and {@value #ATTEMPT}, the number of the exchange within its call (1, 2, ...).
 */
public class DefaultExchangeObservationConvention implements ExchangeObservationConvention {
  /**
   * The observation's name: a timer {@code ccsdk.http.client} (Prometheus: {@code
   * ccsdk_http_client_seconds}). Not {@code http.client.requests}: other HTTP clients record that
   * one with other tags, and a registry such as Prometheus refuses one name with two tag sets.
   */
  public static final String NAME = "ccsdk.http.client";

  /** Low-cardinality key: the operation, such as {@code VisitorsService.get}. */
  public static final String OPERATION = "operation";

  /** Low-cardinality key: the HTTP method. */
  public static final String METHOD = "method";

  /** Low-cardinality key: the response status, or {@code none}. */
  public static final String STATUS = "status";

  /** Low-cardinality key: the status class, or {@code UNKNOWN}. */
  public static final String OUTCOME = "outcome";

  /** Low-cardinality key: the transport exception's simple class name, or {@code none}. */
  public static final String EXCEPTION = "exception";

  /** Low-cardinality key: {@code true} for every exchange of a call after its first. */
  public static final String RETRY = "retry";

  /** High-cardinality key: the redacted request URL. */
  public static final String URL = "http.url";

  /** High-cardinality key: the number of the exchange within its call, from 1. */
  public static final String ATTEMPT = "attempt";

  /**
   * The convention {@link ObservationListener#of(io.micrometer.observation.ObservationRegistry)}
   * uses.
   */
  public static final DefaultExchangeObservationConvention INSTANCE =
      new DefaultExchangeObservationConvention();

  /** For subclasses; the stateless {@link #INSTANCE} serves otherwise. */
  protected DefaultExchangeObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  /** The operation, such as {@code VisitorsService.get}: the span's name. */
  @Override
  public String getContextualName(ExchangeObservationContext context) {
    return context.getExchange().operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(ExchangeObservationContext context) {
    Exchange exchange = context.getExchange();
    int status = exchange.status();
    return KeyValues.of(
        KeyValue.of(OPERATION, exchange.operation()),
        KeyValue.of(METHOD, exchange.method()),
        KeyValue.of(STATUS, status > 0 ? Integer.toString(status) : KeyValue.NONE_VALUE),
        KeyValue.of(OUTCOME, outcome(status)),
        KeyValue.of(
            EXCEPTION,
            exchange
                .failure()
                .map(DefaultExchangeObservationConvention::exceptionName)
                .orElse(KeyValue.NONE_VALUE)),
        KeyValue.of(RETRY, Boolean.toString(exchange.attempt() > 1)));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(ExchangeObservationContext context) {
    Exchange exchange = context.getExchange();
    return KeyValues.of(
        KeyValue.of(URL, exchange.url()),
        KeyValue.of(ATTEMPT, Integer.toString(exchange.attempt())));
  }

  private static String outcome(int status) {
    if (status >= 100 && status < 200) {
      return "INFORMATIONAL";
    } else if (status >= 200 && status < 300) {
      return "SUCCESS";
    } else if (status >= 300 && status < 400) {
      return "REDIRECTION";
    } else if (status >= 400 && status < 500) {
      return "CLIENT_ERROR";
    } else if (status >= 500 && status < 600) {
      return "SERVER_ERROR";
    }
    return "UNKNOWN";
  }

  private static String exceptionName(Throwable failure) {
    String name = failure.getClass().getSimpleName();
    return name.isEmpty() ? failure.getClass().getName() : name;
  }
}
