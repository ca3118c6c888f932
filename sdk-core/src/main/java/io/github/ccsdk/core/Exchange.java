package io.github.ccsdk.core;

import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP exchange, as an {@link ExchangeListener} sees it: the request never changes; status,
 * duration and failure are known once it ended. The URL has its secrets redacted.
 */
public interface Exchange {
  /** The service and method called, such as {@code VisitorsService.get}. */
  String operation();

  /** The HTTP method, such as {@code GET}. */
  String method();

  /** The request URL, with credentials in its query redacted. */
  String url();

  /** 1 for a call's first exchange, then 2, 3, ... for each retry or resend after a renewal. */
  int attempt();

  /**
   * Adds a header to the request, in {@link ExchangeListener#onStart} (trace context).
   *
   * @throws IllegalStateException once the request has been sent
   * @throws IllegalArgumentException if the name is not a header name or the value spans lines
   */
  void header(String name, String value);

  /** The response status; 0 before the end, and when no response came. */
  int status();

  /** From sending the request to the response head or the failure; zero before the end. */
  Duration duration();

  /** Why no response came, if so: the transport's exception (a timeout, a reset). */
  Optional<Throwable> failure();
}
