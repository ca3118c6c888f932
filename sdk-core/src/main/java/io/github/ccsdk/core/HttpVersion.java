package io.github.ccsdk.core;

/** The HTTP version a client asks for (with {@link Transport#JAVA_NET_HTTP} only). */
public enum HttpVersion {
  /** HTTP/1.1 (the default). */
  HTTP_1_1,
  /**
   * HTTP/2 where the server offers it (negotiated in the TLS handshake; an upgrade over plain
   * http), HTTP/1.1 otherwise.
   */
  HTTP_2
}
