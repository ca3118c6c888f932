package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A {@link feign.Client} decorator (for {@code AbstractClientBuilder.clientDecorator}) that keeps
 * the cookies one client's servers set and sends them back, for APIs that identify a session by
 * cookie.
 *
 * <p>The cookies live in the {@link CookieStore} given, not in the JVM-wide {@link
 * java.net.CookieHandler}, so two clients never share a session by accident; pass a store of your
 * own to keep the session across restarts. Cookies are credentials: the client's logger and errors
 * redact {@code Cookie} and {@code Set-Cookie}.
 */
public final class CookieJar {
  private CookieJar() {}

  /** The decorator, storing cookies in {@code store} (the origin-server policy of the JDK). */
  public static UnaryOperator<Client> decorator(CookieStore store) {
    CookieManager manager =
        new CookieManager(
            Objects.requireNonNull(store, "store == null"), CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    return delegate -> new JarClient(Objects.requireNonNull(delegate, "delegate == null"), manager);
  }

  private static final class JarClient implements Client {
    private final Client delegate;
    private final CookieManager manager;

    JarClient(Client delegate, CookieManager manager) {
      this.delegate = delegate;
      this.manager = manager;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      URI uri = URI.create(request.url());
      Request sent = request;
      if (Http.header(request.headers(), "Cookie") == null) {
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : manager.get(uri, Map.of()).entrySet()) {
          if (e.getKey().equalsIgnoreCase("Cookie")) {
            cookies.addAll(e.getValue());
          }
        }
        if (!cookies.isEmpty()) {
          sent = Http.withHeaders(request, Map.of("Cookie", String.join("; ", cookies)), Map.of());
        }
      }
      Response response = delegate.execute(sent, options);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      response
          .headers()
          .forEach(
              (name, values) ->
                  headers.put(name, values == null ? List.of() : List.copyOf(values)));
      manager.put(uri, headers);
      return response;
    }
  }
}
