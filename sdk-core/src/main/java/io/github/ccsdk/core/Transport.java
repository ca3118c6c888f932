package io.github.ccsdk.core;

/** The HTTP client a client sends its requests with. */
public enum Transport {
  /**
   * The JDK's {@code java.net.http} client (the default where the platform has it; Android has not,
   * and gets {@link #URL_CONNECTION}): pooled keep-alive connections, every method including PATCH,
   * HTTP/2 on request, and calls that an interrupt cuts off.
   */
  JAVA_NET_HTTP,
  /**
   * The JDK's {@code HttpURLConnection}, the transport of earlier versions: no PATCH, no HTTP/2, at
   * most 5 idle connections kept per host, and no way to cut off a call under way.
   */
  URL_CONNECTION
}
