package io.github.ccsdk.core.spi;

import feign.Client;
import io.github.ccsdk.core.Transport;
import java.util.Objects;

/**
 * Plugs any Feign {@link Client} into a builder, in place of its transport options: for benchmarks
 * that compare transports (OkHttp, Apache HttpClient) on the same SDK code. Internal like the rest
 * of this package; users choose the transport with {@link AbstractClientBuilder#transport}.
 */
public final class Transports {
  /** Whether this platform has {@code java.net.http} (every JDK 11+; not Android). */
  static final boolean JAVA_NET_HTTP = available("java.net.http.HttpClient");

  private Transports() {}

  /** Whether the class {@code name} can be found, without initialising it. */
  static boolean available(String name) {
    try {
      Class.forName(name, false, Transports.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * The transport of a builder that names none: {@link Transport#JAVA_NET_HTTP} where the platform
   * has it, {@link Transport#URL_CONNECTION} otherwise (Android).
   */
  static Transport defaultTransport(boolean javaNetHttp) {
    return javaNetHttp ? Transport.JAVA_NET_HTTP : Transport.URL_CONNECTION;
  }

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
