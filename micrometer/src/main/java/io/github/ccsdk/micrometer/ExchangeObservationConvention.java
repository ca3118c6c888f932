package io.github.ccsdk.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names an exchange's observation and chooses its key values; implement it (or extend {@link
 * DefaultExchangeObservationConvention}) to change them, and hand it to {@link
 * ObservationListener#of(io.micrometer.observation.ObservationRegistry,
 * ExchangeObservationConvention)} or register it as a {@code GlobalObservationConvention}.
 */
public interface ExchangeObservationConvention
    extends ObservationConvention<ExchangeObservationContext> {
  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof ExchangeObservationContext;
  }
}
