package io.github.ccsdk.core;

/**
 * Hears every HTTP exchange a client makes, for metrics and tracing: each attempt of a retried
 * call, a request refused with 401 and the one sent again with a renewed token, and a token fetch
 * are exchanges of their own. Add one with the client builder's {@code listener(...)}.
 *
 * <p>Both methods run on the thread making the call, {@link #onStart} right before the request
 * leaves, {@link #onEnd} once the response head has arrived or the exchange failed, with the same
 * {@link Exchange}. They should return quickly. An exception a listener throws is logged and
 * otherwise ignored: it never fails the call.
 */
public interface ExchangeListener {
  /**
   * The request is about to be sent; {@link Exchange#header} adds headers to it (trace context).
   */
  default void onStart(Exchange exchange) {}

  /** The exchange ended: {@link Exchange#status()} or {@link Exchange#failure()} tells how. */
  void onEnd(Exchange exchange);
}
