package io.github.ccsdk.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful response with its status and headers, from the {@code withRawResponse()} calls of
 * generated APIs. Immutable.
 *
 * @param <T> the body type; {@code Void} when the operation has no body
 */
public final class Response<T> {
  private final int status;
  private final Map<String, List<String>> headers;
  private final T body;
  private final URI requestUrl;

  private Response(int status, Map<String, List<String>> headers, T body, URI requestUrl) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestUrl = requestUrl;
  }

  /**
   * A response, for tests that stub a generated API. {@link #location()} resolves against nothing,
   * so a relative {@code Location} stays relative.
   */
  public static <T> Response<T> of(
      int status, Map<String, ? extends Collection<String>> headers, T body) {
    return of(status, headers, body, null);
  }

  /**
   * A response to a request sent to {@code requestUrl}, against which {@link #location()} resolves
   * a relative {@code Location} (null resolves against nothing). The runtime creates every response
   * with it; tests that stub a generated API may too.
   */
  public static <T> Response<T> of(
      int status, Map<String, ? extends Collection<String>> headers, T body, URI requestUrl) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    Objects.requireNonNull(headers, "headers == null");
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getValue() != null) {
        copy.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
      }
    }
    copy.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return new Response<>(status, Collections.unmodifiableMap(copy), body, requestUrl);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** All headers; lookups ignore case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of header {@code name} (case ignored). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(Objects.requireNonNull(name, "name == null"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body; null when the response had none. */
  public T body() {
    return body;
  }

  /**
   * The {@code Location} header resolved against the request URL (servers often send a relative
   * one); empty when absent or not a valid URI.
   */
  public Optional<URI> location() {
    Optional<String> location = header("Location");
    if (!location.isPresent()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(location.get().trim());
      return Optional.of(requestUrl != null ? requestUrl.resolve(uri) : uri);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * This response with its body mapped by {@code mapper} (not called when there is no body);
   * status, headers and location stay.
   */
  public <U> Response<U> map(java.util.function.Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper == null");
    return new Response<>(status, headers, body == null ? null : mapper.apply(body), requestUrl);
  }

  /** Status and body; headers are left out because they can carry cookies. */
  @Override
  public String toString() {
    return "Response{status=" + status + ", body=" + body + '}';
  }
}
