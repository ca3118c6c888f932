package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ccsdk.core.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Client} that applies the client's default headers and the current {@link Call}'s {@link
 * RequestOptions} (its headers and read timeout) to each request. It wraps all the others, so the
 * SDK's decorators, the recorder and the logs see what is sent.
 */
final class CallOptions implements Client {
  private final Client delegate;
  private final Map<String, String> defaultHeaders;

  CallOptions(Client delegate, Map<String, String> defaultHeaders) {
    this.delegate = delegate;
    this.defaultHeaders = Map.copyOf(defaultHeaders);
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Call call = Call.current();
    RequestOptions own = call != null ? call.options() : RequestOptions.none();
    Request sent = Http.withHeaders(request, own.headers(), defaultHeaders);
    Request.Options used = options;
    if (own.readTimeout().isPresent()) {
      Duration read = own.readTimeout().get();
      used =
          new Request.Options(
              options.connectTimeoutMillis(),
              TimeUnit.MILLISECONDS,
              read.toMillis(),
              TimeUnit.MILLISECONDS,
              options.isFollowRedirects());
    }
    return delegate.execute(sent, used);
  }

  @Override
  public String toString() {
    return "CallOptions{defaultHeaders=" + defaultHeaders.keySet() + "}";
  }
}
