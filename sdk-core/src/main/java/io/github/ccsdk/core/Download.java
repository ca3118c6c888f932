package io.github.ccsdk.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A binary response body, streamed from the connection as the caller reads it: never buffered in
 * memory, so a download can be larger than the heap.
 *
 * <p>Close it (try-with-resources) to release the connection, also when not reading to the end.
 */
public final class Download implements Closeable {
  private final InputStream stream;
  private final String contentType;
  private final long contentLength;

  private Download(InputStream stream, String contentType, long contentLength) {
    this.stream = stream;
    this.contentType = contentType;
    this.contentLength = contentLength;
  }

  /**
   * A download that streams {@code stream}, described by the response {@code headers} ({@code
   * Content-Type}, {@code Content-Length}; names matched ignoring case). The runtime creates every
   * download with it; tests that stub a generated API may too.
   *
   * <p>The length is unknown when a {@code Content-Encoding} other than {@code identity} was sent:
   * the header counts the compressed bytes, and the stream is already inflated.
   */
  public static Download of(InputStream stream, Map<String, ? extends Collection<String>> headers) {
    Objects.requireNonNull(stream, "stream == null");
    Objects.requireNonNull(headers, "headers == null");
    String encoding = first(headers, "Content-Encoding");
    // Content-Length counts the compressed bytes; the stream we hand out is already inflated.
    boolean compressed = encoding != null && !encoding.trim().equalsIgnoreCase("identity");
    long length = compressed ? -1 : length(first(headers, "Content-Length"));
    return new Download(stream, first(headers, "Content-Type"), length);
  }

  /** The body; read it once. */
  public InputStream stream() {
    return stream;
  }

  /** The {@code Content-Type} header, if sent. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** The {@code Content-Length} header, if sent and valid. */
  public OptionalLong contentLength() {
    return contentLength < 0 ? OptionalLong.empty() : OptionalLong.of(contentLength);
  }

  /** Closes the stream and so releases the connection. */
  @Override
  public void close() throws IOException {
    stream.close();
  }

  @Override
  public String toString() {
    return "Download{contentType="
        + contentType
        + ", contentLength="
        + (contentLength < 0 ? "unknown" : String.valueOf(contentLength))
        + '}';
  }

  private static String first(Map<String, ? extends Collection<String>> headers, String name) {
    for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
      if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty()) {
        return e.getValue().iterator().next();
      }
    }
    return null;
  }

  private static long length(String header) {
    if (header == null) {
      return -1;
    }
    try {
      long n = Long.parseLong(header.trim());
      return n < 0 ? -1 : n;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
