package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Exchange;
import io.github.ccsdk.core.ExchangeListener;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Listeners hear every exchange: retries too, with what they add to the request sent. */
class ExchangeEventsTest {
  interface Api {
    @RequestLine("GET /visitors?token={token}")
    List<Visitor> list(@feign.Param("token") String token);
  }

  /** Keeps every exchange it hears, and adds a trace header to each request. */
  static final class Keeping implements ExchangeListener {
    final List<String> started = new CopyOnWriteArrayList<>();
    final List<Exchange> ended = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(Exchange exchange) {
      started.add(exchange.operation() + " #" + exchange.attempt());
      exchange.header("traceparent", "00-trace-" + exchange.attempt());
    }

    @Override
    public void onEnd(Exchange exchange) {
      ended.add(exchange);
    }
  }

  @Test
  void aRetriedCallIsTwoExchangesEachWithItsStatusAndHeader() throws Exception {
    try (WireServer server =
        WireServer.start(WireServer.json(503, "{}"), WireServer.json(200, "[]"))) {
      Keeping listener = new Keeping();
      TestClient.forServer(server)
          .retryPolicy(RetryPolicy.defaults())
          .listener(listener)
          .create(Api.class)
          .list("tok-secret");

      assertEquals(List.of("Api.list #1", "Api.list #2"), listener.started);
      assertEquals(2, listener.ended.size());
      Exchange first = listener.ended.get(0);
      assertEquals(503, first.status());
      assertEquals(200, listener.ended.get(1).status());
      assertEquals("GET", first.method());
      assertTrue(first.url().endsWith("/visitors?token=REDACTED"), first.url());
      assertTrue(first.failure().isEmpty());
      List<WireServer.Recorded> got = server.requests();
      assertEquals("00-trace-1", got.get(0).header("traceparent"));
      assertEquals("00-trace-2", got.get(1).header("traceparent"));
      assertThrows(IllegalStateException.class, () -> first.header("late", "1"));
    }
  }

  @Test
  void anExchangeWithoutAResponseCarriesItsFailure() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: connecting is refused
    }
    Keeping listener = new Keeping();
    Api api =
        new TestClient()
            .baseUrl("http://127.0.0.1:" + port)
            .retryPolicy(RetryPolicy.none())
            .listener(listener)
            .create(Api.class);
    assertThrows(ApiException.class, () -> api.list("t"));
    Exchange only = listener.ended.get(0);
    assertEquals(0, only.status());
    assertTrue(only.failure().isPresent(), only.toString());
  }

  @Test
  void aListenerThatThrowsNeverFailsTheCall() throws Exception {
    try (WireServer server = WireServer.start(WireServer.json(200, "[]"))) {
      TestClient client =
          TestClient.forServer(server)
              .listener(
                  new ExchangeListener() {
                    @Override
                    public void onStart(Exchange exchange) {
                      throw new IllegalStateException("start " + exchange.url());
                    }

                    @Override
                    public void onEnd(Exchange exchange) {
                      throw new IllegalStateException("end " + exchange.url());
                    }
                  });
      assertEquals(List.of(), client.create(Api.class).list("tok-secret"));
      assertEquals(2, client.log.size(), client.log.toString());
      assertTrue(client.log.get(0).contains("onStart threw java.lang.IllegalStateException"));
      assertTrue(
          client.log.stream().noneMatch(l -> l.contains("tok-secret")), client.log.toString());
    }
  }
}
