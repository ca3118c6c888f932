package io.github.ccsdk.core.spi;

import feign.Client;
import java.util.Objects;

/**
 * Plugs any Feign {@link Client} into a builder, in place of its transport options: for benchmarks
 * that compare transports (OkHttp, Apache HttpClient) on the same SDK code. Internal like the rest
 * of this package; users choose the transport with {@link AbstractClientBuilder#transport}.
 */
public final class Transports {
  private Transports() {}

  /**
   * Makes {@code builder}'s clients send through {@code client}; the builder's transport options
   * are then ignored, its timeouts are passed per request.
   *
   * @return {@code builder}
   */
  public static <B extends AbstractClientBuilder<B, ?>> B feign(B builder, Client client) {
    Objects.requireNonNull(builder, "builder == null");
    return builder.client(Objects.requireNonNull(client, "client == null"));
  }
}
