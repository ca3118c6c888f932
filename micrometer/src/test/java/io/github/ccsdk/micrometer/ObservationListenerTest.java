package io.github.ccsdk.micrometer;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.Comm100Exception;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.testing.WireServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.ObservationContextAssert;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.observation.transport.SenderContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real calls of the Comm100 SDK to loopback servers, observed through {@link ObservationListener}.
 */
@Timeout(60)
class ObservationListenerTest {
  private static final String NAME = "ccsdk.http.client";
  private static final String LIST = "CustomAwayStatusesService.listCustomAwayStatuses";
  private static final String GET_VISITOR = "VisitorsService.getVisitor";
  private static final UUID VISITOR = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  /** Retries at once: the tests are about exchanges, not backoff. */
  private static final RetryPolicy QUICK_RETRIES =
      RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build();

  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final ObservationListener listener = ObservationListener.of(registry);
  private WireServer api;

  @BeforeEach
  void start() throws IOException {
    api = WireServer.start(json(200, "[]"));
  }

  @AfterEach
  void stop() {
    api.close();
    assertEquals(0, listener.inFlight(), "every observation started was stopped and let go");
  }

  private Comm100Client.Builder client(String baseUrl) {
    return Comm100Client.builder()
        .baseUrl(baseUrl)
        .apiKey("agent@example.com", "the-api-key")
        .retryPolicy(QUICK_RETRIES)
        .listener(listener);
  }

  /** The contexts the registry handled, in the order the observations started. */
  private List<Observation.Context> contexts() {
    List<Observation.Context> contexts = new java.util.ArrayList<>();
    TestObservationRegistryAssert.assertThat(registry)
        .hasHandledContextsThatSatisfy(contexts::addAll);
    return contexts;
  }

  @Test
  void aSuccessfulCallIsOneObservationTaggedWithItsOperationAndStatus() {
    client(api.url()).build().customAwayStatuses().listCustomAwayStatuses();

    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsEqualTo(1)
        .hasSingleObservationThat()
        .hasBeenStarted()
        .hasBeenStopped()
        .hasNameEqualTo(NAME)
        .hasContextualNameEqualTo(LIST)
        .doesNotHaveError()
        .hasLowCardinalityKeyValue("operation", LIST)
        .hasLowCardinalityKeyValue("method", "GET")
        .hasLowCardinalityKeyValue("status", "200")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasLowCardinalityKeyValue("exception", "none")
        .hasLowCardinalityKeyValue("retry", "false")
        .hasHighCardinalityKeyValue("http.url", api.url() + "/api/v3/livechat/customAwayStatus")
        .hasHighCardinalityKeyValue("attempt", "1");
    ExchangeObservationContext context = (ExchangeObservationContext) contexts().get(0);
    assertEquals(api.url(), context.getRemoteServiceAddress());
    assertEquals(200, context.getResponse().status());
  }

  @Test
  void aNotFoundIsAClientErrorOutcomeNotAnObservationError() {
    api.answer(json(404, "{\"code\":404000,\"message\":\"no such visitor\"}"));
    Comm100Client comm100 = client(api.url()).build();

    assertThrows(Comm100Exception.NotFound.class, () -> comm100.visitors().getVisitor(VISITOR));

    TestObservationRegistryAssert.assertThat(registry)
        .hasSingleObservationThat()
        .hasBeenStopped()
        .hasContextualNameEqualTo(GET_VISITOR)
        .doesNotHaveError()
        .hasLowCardinalityKeyValue("operation", GET_VISITOR)
        .hasLowCardinalityKeyValue("status", "404")
        .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
        .hasLowCardinalityKeyValue("exception", "none")
        .hasHighCardinalityKeyValue("http.url", api.url() + "/api/v3/livechat/visitors/" + VISITOR);
  }

  @Test
  void aRetriedCallIsOneObservationPerAttempt() throws IOException {
    api.close();
    api = WireServer.start(json(503, "{\"message\":\"busy\"}"), json(200, "[]"));

    client(api.url()).build().customAwayStatuses().listCustomAwayStatuses();

    assertEquals(2, api.requests().size());
    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsWithNameEqualTo(NAME, 2)
        .forAllObservationsWithNameEqualTo(
            NAME, o -> o.hasLowCardinalityKeyValue("operation", LIST).doesNotHaveError());
    List<Observation.Context> contexts = contexts();
    ObservationContextAssert.assertThat(contexts.get(0))
        .hasLowCardinalityKeyValue("status", "503")
        .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
        .hasLowCardinalityKeyValue("retry", "false")
        .hasHighCardinalityKeyValue("attempt", "1");
    ObservationContextAssert.assertThat(contexts.get(1))
        .hasLowCardinalityKeyValue("status", "200")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasLowCardinalityKeyValue("retry", "true")
        .hasHighCardinalityKeyValue("attempt", "2");
  }

  @Test
  void aRefusedConnectionIsAnObservationErrorWithoutStatus() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    Comm100Client comm100 =
        client("http://127.0.0.1:" + port)
            .retryPolicy(QUICK_RETRIES.toBuilder().maxAttempts(2).build())
            .build();

    Comm100Exception e =
        assertThrows(
            Comm100Exception.class, () -> comm100.customAwayStatuses().listCustomAwayStatuses());

    assertEquals(ApiException.Kind.IO, e.kind());
    List<Observation.Context> contexts = contexts();
    assertEquals(2, contexts.size(), "a connection refused is retried: two exchanges");
    for (int i = 0; i < 2; i++) {
      Observation.Context context = contexts.get(i);
      Throwable failure = ((ExchangeObservationContext) context).getExchange().failure().get();
      ObservationContextAssert.assertThat(context)
          .hasError(failure)
          .hasLowCardinalityKeyValue("status", "none")
          .hasLowCardinalityKeyValue("outcome", "UNKNOWN")
          .hasLowCardinalityKeyValue("exception", failure.getClass().getSimpleName())
          .hasLowCardinalityKeyValue("retry", Boolean.toString(i > 0))
          .hasHighCardinalityKeyValue("attempt", Integer.toString(i + 1));
      ObservationContextAssert.assertThat(context)
          .assertThatError()
          .isInstanceOf(java.net.ConnectException.class);
    }
  }

  @Test
  void aTracingHandlerSendsTheTraceContextInTheRequestHeaders() throws IOException {
    api.close();
    api = WireServer.start(json(503, "{\"message\":\"busy\"}"), json(200, "[]"));
    AtomicInteger injected = new AtomicInteger();
    // What a tracer's propagating handler does (micrometer-tracing's
    // PropagatingSenderTracingObservationHandler): write headers through the context's setter.
    registry
        .observationConfig()
        .observationHandler(
            new ObservationHandler<SenderContext<Object>>() {
              @Override
              public void onStart(SenderContext<Object> context) {
                context.getSetter().set(context.getCarrier(), "traceparent", TRACEPARENT);
                injected.incrementAndGet();
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return context instanceof SenderContext;
              }
            });

    client(api.url()).build().customAwayStatuses().listCustomAwayStatuses();

    assertEquals(2, injected.get());
    List<WireServer.Recorded> requests = api.requests();
    assertEquals(2, requests.size());
    for (WireServer.Recorded request : requests) {
      assertEquals(TRACEPARENT, request.header("traceparent"), "each attempt carries it");
    }
  }

  @Test
  void theTokenFetchAndTheResendAfterA401AreObservationsOfTheirOwn() throws IOException {
    AtomicInteger issued = new AtomicInteger();
    try (WireServer controlPanel =
        WireServer.start(
            (HttpExchange exchange) ->
                json(
                        200,
                        "{\"access_token\":\"tok-"
                            + issued.incrementAndGet()
                            + "\",\"token_type\":\"bearer\",\"expires_in\":3600}")
                    .respond(exchange))) {
      api.answer(json(401, "{\"code\":401000,\"message\":\"expired\"}"));
      api.close();
      api =
          WireServer.start(json(401, "{\"code\":401000,\"message\":\"expired\"}"), json(200, "[]"));
      Comm100Client comm100 =
          Comm100Client.builder()
              .baseUrl(api.url())
              .tokenUrl(controlPanel.url())
              .oauth("agent@example.com", "s3cret-pass")
              .listener(listener)
              .build();

      comm100.customAwayStatuses().listCustomAwayStatuses();
    }

    List<Observation.Context> contexts = contexts();
    List<String> seen =
        contexts.stream()
            .map(
                c ->
                    c.getLowCardinalityKeyValue("operation").getValue()
                        + " #"
                        + c.getHighCardinalityKeyValue("attempt").getValue()
                        + " "
                        + c.getLowCardinalityKeyValue("status").getValue())
            .toList();
    assertEquals(
        List.of(
            "OAuthService.createAccessToken #1 200",
            LIST + " #1 401",
            "OAuthService.createAccessToken #1 200",
            LIST + " #2 200"),
        seen);
    for (Observation.Context context : contexts) {
      String url = context.getHighCardinalityKeyValue("http.url").getValue();
      assertEquals(-1, url.indexOf("s3cret-pass"), url);
    }
  }

  @Test
  void anAsyncCallIsObservedOnItsOwnThread() throws Exception {
    client(api.url())
        .build()
        .async()
        .customAwayStatuses()
        .listCustomAwayStatuses()
        .get(10, TimeUnit.SECONDS);

    TestObservationRegistryAssert.assertThat(registry)
        .hasSingleObservationThat()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("status", "200");
  }

  @Test
  void timersCountEveryExchangeByOperationStatusAndRetryWithoutTheUrl() throws IOException {
    api.close();
    api = WireServer.start(json(503, "{\"message\":\"busy\"}"), json(200, "[]"));
    MeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    Comm100Client comm100 =
        client(api.url()).listener(ObservationListener.of(observations)).build();

    comm100.customAwayStatuses().listCustomAwayStatuses(); // 503, then 200
    comm100.customAwayStatuses().listCustomAwayStatuses(); // 200

    Timer retried =
        meters.get(NAME).tags("operation", LIST, "status", "503", "retry", "false").timer();
    Timer recovered =
        meters.get(NAME).tags("operation", LIST, "status", "200", "retry", "true").timer();
    Timer firstTime =
        meters.get(NAME).tags("operation", LIST, "status", "200", "retry", "false").timer();
    assertEquals(1, retried.count());
    assertEquals(1, recovered.count());
    assertEquals(1, firstTime.count());
    assertEquals(3, meters.get(NAME).timers().size());
    for (Timer timer : meters.get(NAME).timers()) {
      assertEquals("GET", timer.getId().getTag("method"));
      assertEquals("none", timer.getId().getTag("exception"));
      assertNull(timer.getId().getTag("http.url"), "high cardinality: spans only");
      assertNull(timer.getId().getTag("attempt"), "high cardinality: spans only");
    }
    assertEquals("SERVER_ERROR", retried.getId().getTag("outcome"));
  }

  @Test
  void aHandlerThatThrowsNeitherFailsTheCallNorLeaksTheObservation() {
    ObservationRegistry observations = ObservationRegistry.create();
    AtomicInteger stopped = new AtomicInteger();
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<Observation.Context>() {
              @Override
              public void onStart(Observation.Context context) {
                throw new IllegalStateException("broken handler");
              }

              @Override
              public void onStop(Observation.Context context) {
                stopped.incrementAndGet();
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    ObservationListener throwing = ObservationListener.of(observations);

    client(api.url()).listener(throwing).build().customAwayStatuses().listCustomAwayStatuses();

    assertEquals(1, api.requests().size());
    assertEquals(1, stopped.get(), "onEnd stopped the observation whose start failed");
    assertEquals(0, throwing.inFlight());
  }

  @Test
  void aNoopRegistryCostsNothingAndKeepsNothing() {
    ObservationListener noop = ObservationListener.of(ObservationRegistry.NOOP);

    client(api.url()).listener(noop).build().customAwayStatuses().listCustomAwayStatuses();

    assertEquals(0, noop.inFlight());
  }
}
