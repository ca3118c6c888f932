package io.github.ccsdk.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ccsdk.core.Exchange;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default convention's tags for each status class, and a custom convention. */
class ConventionTest {
  /** An exchange as sdk-core hands it over once it ended. */
  private record Ended(int status, Throwable cause, int attempt, List<String> headers)
      implements Exchange {
    Ended(int status, int attempt) {
      this(status, null, attempt, new ArrayList<>());
    }

    @Override
    public String operation() {
      return "VisitorsService.getVisitor";
    }

    @Override
    public String method() {
      return "GET";
    }

    @Override
    public String url() {
      return "https://api1.comm100.io:8443/api/v3/livechat/visitors/v-1?x=1";
    }

    @Override
    public void header(String name, String value) {
      headers.add(name + ": " + value);
    }

    @Override
    public Duration duration() {
      return Duration.ofMillis(5);
    }

    @Override
    public Optional<Throwable> failure() {
      return Optional.ofNullable(cause);
    }
  }

  private static String outcome(int status) {
    ExchangeObservationContext context = new ExchangeObservationContext(new Ended(status, 1));
    return DefaultExchangeObservationConvention.INSTANCE
        .getLowCardinalityKeyValues(context)
        .stream()
        .filter(kv -> kv.getKey().equals("outcome"))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  @Test
  void outcomeIsTheStatusClass() {
    assertEquals("INFORMATIONAL", outcome(101));
    assertEquals("SUCCESS", outcome(204));
    assertEquals("REDIRECTION", outcome(302));
    assertEquals("CLIENT_ERROR", outcome(429));
    assertEquals("SERVER_ERROR", outcome(599));
    assertEquals("UNKNOWN", outcome(0));
    assertEquals("UNKNOWN", outcome(600));
  }

  @Test
  void theRemoteAddressIsTheUrlsOrigin() {
    ExchangeObservationContext context = new ExchangeObservationContext(new Ended(200, 1));
    assertEquals("https://api1.comm100.io:8443", context.getRemoteServiceAddress());
  }

  @Test
  void theSetterAddsRequestHeaders() {
    Ended exchange = new Ended(0, 1);
    ExchangeObservationContext context = new ExchangeObservationContext(exchange);
    context.getSetter().set(context.getCarrier(), "traceparent", "00-abc-def-01");
    assertEquals(List.of("traceparent: 00-abc-def-01"), exchange.headers());
  }

  @Test
  void aCustomConventionNamesAndTagsTheObservation() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    ObservationListener listener =
        ObservationListener.of(
            registry,
            new DefaultExchangeObservationConvention() {
              @Override
              public String getName() {
                return "comm100.requests";
              }

              @Override
              public KeyValues getLowCardinalityKeyValues(ExchangeObservationContext context) {
                return super.getLowCardinalityKeyValues(context)
                    .and(KeyValue.of("vendor", "comm100"));
              }
            });
    Ended exchange = new Ended(200, 2);

    listener.onStart(exchange);
    listener.onEnd(exchange);

    TestObservationRegistryAssert.assertThat(registry)
        .hasSingleObservationThat()
        .hasNameEqualTo("comm100.requests")
        .hasLowCardinalityKeyValue("vendor", "comm100")
        .hasLowCardinalityKeyValue("retry", "true")
        .hasLowCardinalityKeyValue("status", "200");
    assertEquals(0, listener.inFlight());
  }

  @Test
  void onEndWithoutOnStartIsIgnored() {
    ObservationListener listener = ObservationListener.of(TestObservationRegistry.create());
    listener.onEnd(new Ended(200, 1));
    assertEquals(0, listener.inFlight());
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(NullPointerException.class, () -> ObservationListener.of(null));
    assertThrows(
        NullPointerException.class,
        () -> ObservationListener.of(TestObservationRegistry.create(), null));
  }
}
