package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ccsdk.core.Exchange;
import io.github.ccsdk.core.ExchangeListener;
import io.github.ccsdk.core.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Client} that numbers each exchange of the current {@link Call} and tells the client's
 * {@link ExchangeListener}s about it. It sits on the transport (above the recorder, so that headers
 * listeners add are recorded), under retries and token renewal: every exchange passes here.
 */
final class ExchangeEvents implements Client {
  private final Client delegate;
  private final List<ExchangeListener> listeners;
  private final Redaction redaction;
  private final Log log;

  ExchangeEvents(Client delegate, List<ExchangeListener> listeners, Redaction redaction, Log log) {
    this.delegate = delegate;
    this.listeners = List.copyOf(listeners);
    this.redaction = redaction;
    this.log = log;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Call call = Call.current();
    int attempt = call != null ? call.nextExchange() : 1;
    if (listeners.isEmpty()) {
      return delegate.execute(request, options);
    }
    Observed exchange =
        new Observed(
            Call.operation(request),
            request.httpMethod().name(),
            redaction.url(request.url()),
            attempt);
    for (ExchangeListener listener : listeners) {
      try {
        listener.onStart(exchange);
      } catch (RuntimeException e) {
        complain(listener, "onStart", e);
      }
    }
    long start = System.nanoTime();
    try {
      Response response = delegate.execute(exchange.send(request), options);
      exchange.ended(response.status(), Duration.ofNanos(System.nanoTime() - start), null);
      return response;
    } catch (IOException | RuntimeException e) {
      exchange.ended(0, Duration.ofNanos(System.nanoTime() - start), e);
      throw e;
    } finally {
      for (ExchangeListener listener : listeners) {
        try {
          listener.onEnd(exchange);
        } catch (RuntimeException e) {
          complain(listener, "onEnd", e);
        }
      }
    }
  }

  private void complain(ExchangeListener listener, String method, RuntimeException e) {
    if (log.enabled(Log.Level.WARN)) {
      // The exception's class only: its message could quote the request.
      log.log(
          Log.Level.WARN,
          "the exchange listener "
              + listener.getClass().getName()
              + "."
              + method
              + " threw "
              + e.getClass().getName()
              + "; the call goes on");
    }
  }

  /** An exchange as listeners see it. */
  static final class Observed implements Exchange {
    private final String operation;
    private final String method;
    private final String url;
    private final int attempt;
    private final RequestOptions.Builder added = RequestOptions.builder();
    private boolean sent;
    private int status;
    private Duration duration = Duration.ZERO;
    private Throwable failure;

    Observed(String operation, String method, String url, int attempt) {
      this.operation = operation;
      this.method = method;
      this.url = url;
      this.attempt = attempt;
    }

    @Override
    public String operation() {
      return operation;
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public String url() {
      return url;
    }

    @Override
    public int attempt() {
      return attempt;
    }

    @Override
    public synchronized void header(String name, String value) {
      if (sent) {
        throw new IllegalStateException("the request of " + operation + " has been sent");
      }
      added.header(name, value); // checks the name and value
    }

    @Override
    public synchronized int status() {
      return status;
    }

    @Override
    public synchronized Duration duration() {
      return duration;
    }

    @Override
    public synchronized Optional<Throwable> failure() {
      return Optional.ofNullable(failure);
    }

    /** {@code request} with the headers listeners added; no more can be added after. */
    synchronized Request send(Request request) {
      sent = true;
      return Http.withHeaders(request, added.build().headers(), Map.of());
    }

    synchronized void ended(int status, Duration duration, Throwable failure) {
      this.status = status;
      this.duration = duration;
      this.failure = failure;
    }

    @Override
    public synchronized String toString() {
      return operation
          + " #"
          + attempt
          + " "
          + method
          + " "
          + url
          + (failure != null ? " failed" : status != 0 ? " -> " + status : "");
    }
  }
}
