package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import feign.Target;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the generated Feign API interfaces of one client, all sharing its configuration. Get one
 * from {@link AbstractClientBuilder#apiFactory()}; thread-safe.
 */
public final class ApiFactory {
  private final ClientConfig config;
  private final Failures failures;
  private final Client client;

  ApiFactory(ClientConfig config) {
    this.config = config;
    this.failures = new Failures(config.exceptionFactory, config.redaction);
    // One client for all APIs: with the JDK client that is stateless, but a custom one (a
    // connection pool) must be shared, not copied per API. The builder never passes null.
    this.client = Objects.requireNonNull(config.client, "client == null");
  }

  /** The settings the APIs are built with. */
  public ClientConfig config() {
    return config;
  }

  /**
   * An implementation of {@code apiInterface}, a generated Feign interface. Create each API once
   * and keep it: creating one reads its annotations.
   */
  public <T> T create(Class<T> apiInterface) {
    Objects.requireNonNull(apiInterface, "apiInterface == null");
    if (!apiInterface.isInterface()) {
      throw new IllegalArgumentException(apiInterface.getName() + " is not an interface");
    }
    String baseUrl = config.baseUrl().toString();
    List<RequestInterceptor> interceptors = new ArrayList<>();
    if (!config.clientParameters.isEmpty()) {
      // First, so that a "User-Agent" client parameter wins over the default below.
      interceptors.add(new ClientParameterInterceptor(config.clientParameters));
    }
    interceptors.add(new UserAgent(config.userAgent()));
    interceptors.addAll(config.interceptors);
    return Feign.builder()
        .contract(new EncodingContract())
        .encoder(new CoreEncoder(Json.mapper()))
        .decoder(new CoreDecoder(Json.mapper(), failures))
        .errorDecoder(
            new CoreErrorDecoder(
                failures,
                Objects.requireNonNull(
                    config.exceptionFactory.errorFormat(),
                    "the SDK's ExceptionFactory has no errorFormat"),
                config.retryPolicy(),
                config.clock))
        .retryer(new CoreRetryer(config.retryPolicy(), config.sleeper, config.random))
        .requestInterceptors(interceptors)
        // Redirects are not followed: HttpURLConnection would re-send our Authorization header to
        // wherever the redirect points. A 3xx arrives as an HTTP_ERROR with its Location.
        .options(new Request.Options(config.connectTimeout(), config.readTimeout(), false))
        .client(client)
        // The decoder closes bodies itself, except a Download's, which the caller closes.
        .doNotCloseAfterDecode()
        .invocationHandlerFactory(
            new ApiInvocationHandlerFactory(failures, baseUrl, config.logLevel(), config.log))
        .target(new Target.HardCodedTarget<>(apiInterface, baseUrl));
  }

  @Override
  public String toString() {
    return "ApiFactory{" + config + '}';
  }

  /** Sends the configured User-Agent unless the method sets one itself. */
  private static final class UserAgent implements RequestInterceptor {
    private final String value;

    UserAgent(String value) {
      this.value = value;
    }

    @Override
    public void apply(RequestTemplate template) {
      if (Http.header(template.headers(), "User-Agent") == null) {
        template.headerLiteral("User-Agent", value);
      }
    }
  }

  /** Fills in the parameters a method declares with {@link ClientParameters}. */
  private static final class ClientParameterInterceptor implements RequestInterceptor {
    private final Map<String, String> values;

    /** Each method's annotation, read once rather than on every call. */
    private final Map<Method, Optional<ClientParameters>> declaredBy = new ConcurrentHashMap<>();

    ClientParameterInterceptor(Map<String, String> values) {
      this.values = values;
    }

    @Override
    public void apply(RequestTemplate template) {
      Method method = template.methodMetadata() != null ? template.methodMetadata().method() : null;
      ClientParameters declared =
          method != null
              ? declaredBy
                  .computeIfAbsent(
                      method, m -> Optional.ofNullable(m.getAnnotation(ClientParameters.class)))
                  .orElse(null)
              : null;
      if (declared == null) {
        return;
      }
      for (String name : declared.query()) {
        String value = values.get(name);
        String encodedName = PercentEncoding.encode(name);
        if (value != null && !template.queries().containsKey(encodedName)) {
          template.query(encodedName, PercentEncoding.encode(value));
        }
      }
      for (String name : declared.header()) {
        String value = values.get(name);
        if (value != null && Http.header(template.headers(), name) == null) {
          template.headerLiteral(name, value);
        }
      }
    }
  }
}
