package io.github.ccsdk.micrometer;

import io.github.ccsdk.core.Exchange;
import io.github.ccsdk.core.ExchangeListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link ExchangeListener} that makes one Micrometer {@link Observation} of every HTTP exchange
 * a client makes: each attempt of a retried call, a request refused with 401 and the one sent
 * again, a token fetch. Add it with the client builder's {@code listener(...)}:
 *
 * <pre>{@code
 * Comm100Client comm100 = Comm100Client.builder()
 *     ...
 *     .listener(ObservationListener.of(observationRegistry))
 *     .build();
 * }</pre>
 *
 * <p>The observation starts right before the request leaves and stops once the response head
 * arrived or the exchange failed; a failure (no response: a timeout, a refused connection) is the
 * observation's error, while a response of any status is not. Its context is an {@link
 * ExchangeObservationContext}, a client {@code SenderContext} whose carrier is the request: a
 * tracing handler sends the trace context in the request's headers. Its parent is the observation
 * current on the calling thread (an async call runs on a thread of its own, where none is current
 * unless the client's thread factory carries it over). Names and key values come from {@link
 * DefaultExchangeObservationConvention} unless a convention is given.
 *
 * <p>Thread-safe: one listener serves any number of clients and concurrent calls.
 */
public final class ObservationListener implements ExchangeListener {
  private final ObservationRegistry registry;
  private final ExchangeObservationConvention convention;

  /** The observations started and not yet stopped, by exchange (identity, not equality). */
  private final Map<Exchange, Observation> inFlight =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private ObservationListener(
      ObservationRegistry registry, ExchangeObservationConvention convention) {
    this.registry = Objects.requireNonNull(registry, "registry == null");
    this.convention = convention;
  }

  /**
   * Observes exchanges in {@code registry}, named and tagged by {@link
   * DefaultExchangeObservationConvention} (or by a {@code GlobalObservationConvention} registered
   * with the registry for {@link ExchangeObservationContext}).
   *
   * @throws NullPointerException if {@code registry} is null
   */
  public static ObservationListener of(ObservationRegistry registry) {
    return new ObservationListener(registry, null);
  }

  /**
   * Observes exchanges in {@code registry}, named and tagged by {@code convention}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ObservationListener of(
      ObservationRegistry registry, ExchangeObservationConvention convention) {
    return new ObservationListener(
        registry, Objects.requireNonNull(convention, "convention == null"));
  }

  @Override
  public void onStart(Exchange exchange) {
    ExchangeObservationContext context = new ExchangeObservationContext(exchange);
    Observation observation =
        Observation.createNotStarted(
            convention, DefaultExchangeObservationConvention.INSTANCE, () -> context, registry);
    if (observation.isNoop()) {
      return;
    }
    // Kept before it starts: should a handler throw while it starts, onEnd still stops it.
    inFlight.put(exchange, observation);
    observation.start();
  }

  @Override
  public void onEnd(Exchange exchange) {
    Observation observation = inFlight.remove(exchange);
    if (observation == null) {
      return; // not observed: a no-op registry, or onStart failed before starting it
    }
    try {
      if (observation.getContext() instanceof ExchangeObservationContext context) {
        context.setResponse(exchange);
      }
      exchange.failure().ifPresent(observation::error);
    } finally {
      observation.stop();
    }
  }

  /** How many exchanges are observed right now (tests: nothing stays behind). */
  int inFlight() {
    return inFlight.size();
  }

  @Override
  public String toString() {
    return "ObservationListener["
        + (convention != null ? convention.getClass().getName() : "default convention")
        + "]";
  }
}
