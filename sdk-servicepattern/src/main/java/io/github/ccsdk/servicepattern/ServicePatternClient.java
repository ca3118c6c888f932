package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.AbstractClientBuilder;
import io.github.ccsdk.core.ApiFactory;
import io.github.ccsdk.core.Auth;
import io.github.ccsdk.core.ErrorFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ServicePattern / Bright Pattern Mobile/Web chat SDK. Create one with {@link #builder()} and
 * share it; it is thread-safe.
 *
 * <pre>{@code
 * ServicePatternClient sp = ServicePatternClient.builder()
 *     .host("yourcompany.brightpattern.com")
 *     .appId(appId)
 *     .tenantUrl("yourcompany.brightpattern.com")
 *     .build();
 * Availability availability = sp.chats().checkAvailability();
 * }</pre>
 */
public final class ServicePatternClient extends ServicePatternApis {
  private final String clientId;

  private ServicePatternClient(ApiFactory factory, String clientId) {
    super(factory);
    this.clientId = clientId;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The client id this client sends: the one given to the builder, or a UUID made for it. Keep it
   * to resume the same chats after a restart.
   */
  public String clientId() {
    return clientId;
  }

  /** Configures a {@link ServicePatternClient}. */
  public static final class Builder extends AbstractClientBuilder<Builder, ServicePatternClient> {
    // Quotes or backslashes would break out of the quoted header values.
    private static final Pattern TOKEN = Pattern.compile("[^\"\\\\\\r\\n]+");

    private String appId;
    private String clientId;

    private Builder() {
      errorFormat(ErrorFormat.json("error_code", "error_message"));
      exceptionFactory(ServicePatternException.FACTORY);
      // Mobile and other non-browser clients must say so; userAgent(...) overrides it.
      userAgent("MobileClient");
    }

    /** The contact center's host: the API is at {@code https://<host>/clientweb/api/v1}. */
    public Builder host(String host) {
      Objects.requireNonNull(host, "host == null");
      return baseUrl("https://" + host + "/clientweb/api/v1");
    }

    /** The id of the Messaging/Chat scenario entry the app is bound to. */
    public Builder appId(String appId) {
      this.appId = checked(appId, "appId");
      return this;
    }

    /**
     * The id of this app instance; a UUID is made when none is given. {@code WebChat} makes the
     * server identify the client by cookies instead.
     */
    public Builder clientId(String clientId) {
      this.clientId = checked(clientId, "clientId");
      return this;
    }

    /** The contact center's domain, sent as {@code tenantUrl} on every call that takes it. */
    public Builder tenantUrl(String tenantUrl) {
      return clientParameter("tenantUrl", Objects.requireNonNull(tenantUrl, "tenantUrl == null"));
    }

    @Override
    public ServicePatternClient build() {
      if (appId == null) {
        throw new IllegalStateException("appId is required: call appId(...) before build()");
      }
      String id = clientId != null ? clientId : UUID.randomUUID().toString();
      String header = "MOBILE-API-140-327-PLAIN appId=\"" + appId + "\", clientId=\"" + id + "\"";
      interceptor(Auth.header("Authorization", () -> header));
      return new ServicePatternClient(apiFactory(), id);
    }

    private static String checked(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (!TOKEN.matcher(value).matches()) {
        throw new IllegalArgumentException(
            name + " must not be empty or hold quotes, backslashes or line breaks");
      }
      return value;
    }
  }
}
