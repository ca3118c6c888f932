package io.github.ccsdk.core.spi;

import feign.Client;
import feign.DefaultClient;
import feign.RequestInterceptor;
import io.github.ccsdk.core.ExchangeListener;
import io.github.ccsdk.core.HttpVersion;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.RequestOptions;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Transport;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * The builder every SDK client builder extends: transport settings for users, wiring hooks for the
 * SDK. Not thread-safe; build once, then share the client.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <C> the client it builds
 */
public abstract class AbstractClientBuilder<B extends AbstractClientBuilder<B, C>, C> {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private URI baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(60);
  private final List<UnaryOperator<Client>> clientDecorators = new ArrayList<>();
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private LogLevel logLevel = LogLevel.BASIC;
  private Client client;
  private String userAgent = "ccsdk-java";
  private boolean allowInsecureHttp;
  private final List<RequestInterceptor> interceptors = new ArrayList<>();
  private final Set<String> secretQueryParameters = new LinkedHashSet<>();
  private final Set<String> secretHeaders = new LinkedHashSet<>();
  private final Map<String, String> clientParameters = new LinkedHashMap<>();
  private ExceptionFactory exceptionFactory;
  private Path recordTo;
  private ThreadFactory threadFactory;
  private Transport transport; // null: the platform's default (Transports.defaultTransport)
  private HttpVersion httpVersion;
  private SSLContext sslContext;
  private ProxySelector proxy;
  private int maxConnections;
  private final List<ExchangeListener> listeners = new ArrayList<>();
  private final RequestOptions.Builder defaultHeaders = RequestOptions.builder();
  private Clock clock = Clock.systemUTC();

  // Test seams: package-private, so only the runtime's own tests can swap them.
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Log log;
  private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
  private boolean javaNetHttp = Transports.JAVA_NET_HTTP;

  /** For subclasses. */
  protected AbstractClientBuilder() {}

  /** The API's base URL, such as {@code https://api1.comm100.io}; required. */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    try {
      return baseUrl(new URI(baseUrl.trim()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage(), e);
    }
  }

  /** The API's base URL; required. */
  public B baseUrl(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    return self();
  }

  /** How long to wait for a connection (default 10 s). */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = timeout(connectTimeout, "connectTimeout");
    return self();
  }

  /** How long to wait for data once connected (default 60 s). */
  public B readTimeout(Duration readTimeout) {
    this.readTimeout = timeout(readTimeout, "readTimeout");
    return self();
  }

  /** When failed calls are repeated (default {@link RetryPolicy#defaults()}). */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
    return self();
  }

  /**
   * How much of each exchange is logged (default {@link LogLevel#BASIC}), to the logger {@code
   * io.github.ccsdk}: SLF4J when it is on the class path, else {@code System.Logger}. Request and
   * response lines go at DEBUG, headers and bodies at TRACE; see {@link LogLevel}.
   */
  public B logLevel(LogLevel logLevel) {
    this.logLevel = Objects.requireNonNull(logLevel, "logLevel == null");
    return self();
  }

  /**
   * The HTTP client requests go through (default {@link Transport#JAVA_NET_HTTP}, or {@link
   * Transport#URL_CONNECTION} where the platform has no {@code java.net.http}, as on Android).
   */
  public B transport(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport == null");
    return self();
  }

  /** The HTTP version to ask for (default {@link HttpVersion#HTTP_1_1}; JAVA_NET_HTTP only). */
  public B httpVersion(HttpVersion httpVersion) {
    this.httpVersion = Objects.requireNonNull(httpVersion, "httpVersion == null");
    return self();
  }

  /** The TLS setup (trust, client keys) for https connections (default: the JDK's). */
  public B sslContext(SSLContext sslContext) {
    this.sslContext = Objects.requireNonNull(sslContext, "sslContext == null");
    return self();
  }

  /** Chooses a proxy per request (default: the JVM's, from the {@code http.proxyHost} family). */
  public B proxy(ProxySelector proxy) {
    this.proxy = Objects.requireNonNull(proxy, "proxy == null");
    return self();
  }

  /**
   * At most this many requests in flight at once, so at most this many connections (JAVA_NET_HTTP
   * only).
   */
  public B maxConnections(int maxConnections) {
    if (maxConnections <= 0) {
      throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
    }
    this.maxConnections = maxConnections;
    return self();
  }

  /**
   * Test seam: the Feign HTTP client, in place of the {@link #transport(Transport)} options.
   * Timeouts are passed to it per request. Not public: users choose the transport through this
   * builder's own options, never a Feign type; {@link Transports#feign} opens it to benchmarks.
   */
  B client(Client client) {
    this.client = Objects.requireNonNull(client, "client == null");
    return self();
  }

  /**
   * Sends header {@code name} with {@code value} on every request that does not set it itself;
   * {@link RequestOptions} headers replace it for their calls.
   *
   * @throws IllegalArgumentException if the name is not a header name or the value spans lines
   */
  public B defaultHeader(String name, String value) {
    defaultHeaders.header(name, value);
    return self();
  }

  /** Tells {@code listener} about every HTTP exchange (metrics, tracing); see the interface. */
  public B listener(ExchangeListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener == null"));
    return self();
  }

  /**
   * The clock that tokens expire by, {@code Retry-After} dates are read with and recordings are
   * stamped with (default {@link Clock#systemUTC()}); a test can move it to see a token renewed.
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return self();
  }

  /** The User-Agent header (default {@code ccsdk-java}; SDKs set their own). */
  public B userAgent(String userAgent) {
    Objects.requireNonNull(userAgent, "userAgent == null");
    if (userAgent.trim().isEmpty()
        || userAgent.indexOf('\r') >= 0
        || userAgent.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("userAgent must be one non-blank line");
    }
    this.userAgent = userAgent;
    return self();
  }

  /**
   * Appends every HTTP exchange the client makes to the HAR 1.2 file {@code harFile}, with
   * credentials redacted (credential headers, passwords, API keys and tokens in query strings, form
   * fields and JSON bodies), so that real traffic can be checked against the spec with {@code java
   * -jar conformance.jar validate}. Off by default.
   *
   * <p>The file is created (with its parent directories) when the client is built, or appended to
   * when an earlier recording wrote it; it is a complete HAR file after every exchange. Each
   * attempt of a retried call is an entry of its own. Text bodies up to 8 MiB are recorded; binary
   * and multipart bodies are not, and downloads still stream. Recording costs a file write per
   * call; use it to capture sessions, not in production traffic.
   *
   * @throws NullPointerException if {@code harFile} is null
   */
  public B recordTo(Path harFile) {
    this.recordTo = Objects.requireNonNull(harFile, "harFile == null");
    return self();
  }

  /**
   * Makes the threads that run async calls (a new one per call) and event listeners (default: a
   * virtual thread each on JDK 21 and later, daemon platform threads on older JDKs).
   */
  public B threadFactory(ThreadFactory threadFactory) {
    this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory == null");
    return self();
  }

  /**
   * Allows a plain {@code http://} base URL for a host that is not loopback. Credentials then cross
   * the network unencrypted; meant for test servers behind your own firewall.
   */
  public B allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  /**
   * Adds a request interceptor (credentials, extra headers). An {@link Auth} interceptor also tells
   * the logger which header or query parameter to redact.
   */
  protected B interceptor(RequestInterceptor interceptor) {
    Objects.requireNonNull(interceptor, "interceptor == null");
    interceptors.add(interceptor);
    if (interceptor instanceof Auth.Interceptor) {
      Auth.Interceptor auth = (Auth.Interceptor) interceptor;
      if (auth.header() != null) {
        secretHeaders.add(auth.header());
      }
      if (auth.query() != null) {
        secretQueryParameters.add(auth.query());
      }
    }
    return self();
  }

  /** Treats query parameter (and form field, JSON property) {@code name} as a secret in logs. */
  protected B secretQueryParameter(String name) {
    Objects.requireNonNull(name, "name == null");
    secretQueryParameters.add(name);
    return self();
  }

  /**
   * Sets a value for a parameter that generated methods declare with {@link ClientParameters} (the
   * query parameter or header named {@code name}).
   */
  protected B clientParameter(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    clientParameters.put(name, value);
    return self();
  }

  /**
   * Wraps the HTTP client (the user's, or the default) with SDK behaviour that needs whole
   * exchanges, such as renewing a token on a 401 or recording traffic. Decorators apply in the
   * order added, each around the previous one.
   */
  protected B clientDecorator(UnaryOperator<Client> decorator) {
    clientDecorators.add(Objects.requireNonNull(decorator, "decorator == null"));
    return self();
  }

  /**
   * The SDK's exception factory, which also says where error bodies carry the vendor's code and
   * message ({@link ExceptionFactory#errorFormat()}); required.
   */
  protected B exceptionFactory(ExceptionFactory exceptionFactory) {
    this.exceptionFactory = Objects.requireNonNull(exceptionFactory, "exceptionFactory == null");
    return self();
  }

  /** This builder as its concrete type. */
  @SuppressWarnings("unchecked") // B is this class's own type by the declaration's contract
  protected B self() {
    return (B) this;
  }

  /** Builds the client; SDK builders make it public. */
  protected abstract C build();

  /**
   * Validates the settings and returns the factory for the client's APIs.
   *
   * @throws IllegalStateException if the base URL or exception factory is missing or invalid, or a
   *     transport option does not fit the {@link #transport(Transport)}
   * @throws IllegalArgumentException if the {@link #recordTo} file exists but is not a recording
   * @throws java.io.UncheckedIOException if the {@link #recordTo} file cannot be created
   */
  protected ApiFactory apiFactory() {
    URI url = checkBaseUrl();
    if (exceptionFactory == null) {
      throw new IllegalStateException(
          "no exception factory: the SDK's builder must call exceptionFactory(...)");
    }
    Redaction redaction = Redaction.defaults().with(secretQueryParameters, secretHeaders);
    Client base = client != null ? client : transport();
    Log logTo = log != null ? log : Log.standard();
    if (recordTo != null) {
      // Innermost, under the SDK's decorators: what is recorded is what went over the wire.
      base =
          new HarRecorder(
              base, HarFile.open(recordTo, userAgent), redaction, clock, userAgent, logTo);
    }
    base = new ExchangeLog(base, logLevel, logTo, new Failures(exceptionFactory, redaction));
    base = new ExchangeEvents(base, listeners, redaction, logTo);
    Client sending = new CallOptions(decorated(base), defaultHeaders.build().headers());
    return new ApiFactory(
        new ClientConfig(
            url,
            connectTimeout,
            readTimeout,
            retryPolicy,
            logLevel,
            userAgent,
            sending,
            interceptors,
            clientParameters,
            redaction,
            exceptionFactory,
            sleeper,
            clock,
            logTo,
            random));
  }

  /** The client of the transport options, checked for options the transport cannot honour. */
  private Client transport() {
    Transport chosen = transport != null ? transport : Transports.defaultTransport(javaNetHttp);
    if (chosen == Transport.JAVA_NET_HTTP) {
      if (!javaNetHttp) {
        throw new IllegalStateException(
            "transport(JAVA_NET_HTTP) needs java.net.http, which this platform lacks (Android"
                + " has none); use transport(URL_CONNECTION)");
      }
      return JavaHttpTransport.create(
          connectTimeout,
          httpVersion != null ? httpVersion : HttpVersion.HTTP_1_1,
          sslContext,
          proxy,
          maxConnections);
    }
    if (httpVersion == HttpVersion.HTTP_2) {
      throw new IllegalStateException(
          "httpVersion(HTTP_2) needs transport(JAVA_NET_HTTP); URL_CONNECTION speaks HTTP/1.1");
    }
    if (maxConnections > 0) {
      throw new IllegalStateException(
          "maxConnections(...) needs transport(JAVA_NET_HTTP); URL_CONNECTION has no bound");
    }
    ProxySelector selector = proxy;
    return new DefaultClient(sslContext != null ? sslContext.getSocketFactory() : null, null) {
      @Override
      public HttpURLConnection getConnection(URL url) throws IOException {
        if (selector == null) {
          return super.getConnection(url);
        }
        List<Proxy> proxies;
        try {
          proxies = selector.select(url.toURI());
        } catch (URISyntaxException e) {
          throw new IOException("the request URL is not a valid URI");
        }
        Proxy chosen = proxies == null || proxies.isEmpty() ? Proxy.NO_PROXY : proxies.get(0);
        return (HttpURLConnection) url.openConnection(chosen);
      }
    };
  }

  private Client decorated(Client base) {
    Client result = base;
    for (UnaryOperator<Client> decorator : clientDecorators) {
      result = Objects.requireNonNull(decorator.apply(result), "a client decorator returned null");
    }
    return result;
  }

  private URI checkBaseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("baseUrl is required: call baseUrl(...)");
    }
    String shown = Redaction.defaults().url(baseUrl.toString());
    String scheme =
        baseUrl.getScheme() == null ? null : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!baseUrl.isAbsolute()
        || baseUrl.isOpaque()
        || !("https".equals(scheme) || "http".equals(scheme))
        || baseUrl.getHost() == null) {
      throw new IllegalStateException(
          "baseUrl must be an absolute http(s) URL with a host, like https://api.example.com: "
              + shown);
    }
    if (baseUrl.getRawUserInfo() != null) {
      throw new IllegalStateException(
          "baseUrl must not contain credentials (user:password@); the SDK's builder has a"
              + " setter for them: "
              + shown);
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalStateException("baseUrl must not have a query or fragment: " + shown);
    }
    if ("http".equals(scheme) && !allowInsecureHttp && !isLoopback(baseUrl.getHost())) {
      throw new IllegalStateException(
          "baseUrl "
              + shown
              + " uses plain http to a host that is not loopback, which would send credentials"
              + " unencrypted; use https, or call allowInsecureHttp() on the builder to accept"
              + " that");
    }
    String text = baseUrl.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  /** localhost, 127.0.0.0/8 and ::1; decided without a DNS lookup. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (IPV4.matcher(h).matches()) {
      String[] octets = h.split("\\.");
      for (String octet : octets) {
        if (Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return octets[0].equals("127");
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      try {
        // An IPv6 literal: getByName parses it without a lookup.
        return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false; // a name: resolving it here would be a network call, and DNS could lie
  }

  private static Duration timeout(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.toMillis() < 1) {
      // Below a millisecond the JDK client would get 0, which it reads as "wait forever".
      throw new IllegalArgumentException(name + " must be at least 1 ms: " + d);
    }
    if (d.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " is too long: " + d);
    }
    return d;
  }

  /**
   * How the client waits between attempts, for an SDK's own waits (a backoff between polls), so
   * that the tests that replace it for the retries replace every wait.
   */
  protected final Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The factory of {@link #threadFactory(ThreadFactory)}, or the default one for {@code prefix}.
   */
  protected final ThreadFactory threadFactory(String prefix) {
    return threadFactory != null ? threadFactory : Threads.defaults(prefix);
  }

  /** The {@link #clock(Clock)}, for an SDK's token expiry. */
  protected final Clock clock() {
    return clock;
  }

  /** The random numbers in [0, 1) of the retries' jitter, for an SDK's own {@link Backoff}. */
  protected final DoubleSupplier random() {
    return random;
  }

  // ---- test seams ----

  B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    return self();
  }

  B log(Log log) {
    this.log = Objects.requireNonNull(log, "log == null");
    return self();
  }

  /** Whether {@code java.net.http} is there, for the default transport (false: as on Android). */
  B javaNetHttp(boolean available) {
    this.javaNetHttp = available;
    return self();
  }

  B random(DoubleSupplier random) {
    this.random = Objects.requireNonNull(random, "random == null");
    return self();
  }
}
