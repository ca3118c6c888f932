package io.github.ccsdk.micrometer;

import io.github.ccsdk.core.Exchange;
import io.micrometer.observation.transport.RequestReplySenderContext;

/**
 * The context of an exchange's observation: an HTTP client request whose carrier is the {@link
 * Exchange}. A tracing handler's propagator writes trace context (such as {@code traceparent}) into
 * the request through {@link #getSetter()}, which calls {@link Exchange#header}; that works while
 * the observation starts, before the request leaves. The response is the same exchange, once it
 * ended.
 */
public class ExchangeObservationContext extends RequestReplySenderContext<Exchange, Exchange> {
  private final Exchange exchange;

  /** The context of {@code exchange}, about to be sent. */
  public ExchangeObservationContext(Exchange exchange) {
    super(
        (carrier, name, value) -> {
          if (carrier != null) {
            carrier.header(name, value);
          }
        });
    this.exchange = exchange;
    setCarrier(exchange);
    String origin = origin(exchange.url());
    if (origin != null) {
      setRemoteServiceAddress(origin);
    }
  }

  /** The exchange observed. */
  public Exchange getExchange() {
    return exchange;
  }

  /** {@code scheme://host[:port]} of {@code url}, or null if it has no scheme. */
  private static String origin(String url) {
    int scheme = url.indexOf("://");
    if (scheme <= 0) {
      return null;
    }
    int end = url.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int at = url.indexOf(c, scheme + 3);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return url.substring(0, end);
  }
}
