package io.github.ccsdk.comm100;

import io.github.ccsdk.core.AbstractClientBuilder;
import io.github.ccsdk.core.ApiFactory;
import io.github.ccsdk.core.Auth;
import io.github.ccsdk.core.ErrorFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Comm100 SDK: live chat v3 and ticketing v4. Create one with {@link #builder()} and share it;
 * it is thread-safe.
 *
 * <pre>{@code
 * Comm100Client comm100 = Comm100Client.builder()
 *     .platform(1)
 *     .apiKey("agent@example.com", apiKey)
 *     .siteId(10000)
 *     .build();
 * List<Visitor> visitors = comm100.visitors().listVisitors(null);
 * }</pre>
 */
public final class Comm100Client extends Comm100Apis {
  private Comm100Client(ApiFactory factory) {
    super(factory);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link Comm100Client}. */
  public static final class Builder extends AbstractClientBuilder<Builder, Comm100Client> {
    private Builder() {
      errorFormat(ErrorFormat.json("code", "message"));
      exceptionFactory(Comm100Exception.FACTORY);
    }

    /**
     * The platform number of the account: the API is at {@code https://api<platform>.comm100.io}.
     * Use {@link #baseUrl(String)} instead for a proxy or a test server.
     */
    public Builder platform(int platform) {
      if (platform <= 0) {
        throw new IllegalArgumentException("platform must be positive, was " + platform);
      }
      return baseUrl("https://api" + platform + ".comm100.io");
    }

    /** Authenticates with HTTP Basic: an agent's email and the site's API key. */
    public Builder apiKey(String agentEmail, String apiKey) {
      Objects.requireNonNull(agentEmail, "agentEmail == null");
      Objects.requireNonNull(apiKey, "apiKey == null");
      return interceptor(Auth.basic(agentEmail, apiKey));
    }

    /** Authenticates with an OAuth access token, asked for anew on every call. */
    public Builder accessToken(Supplier<String> accessToken) {
      Objects.requireNonNull(accessToken, "accessToken == null");
      return interceptor(Auth.bearer(accessToken));
    }

    /** The site id, sent as {@code siteId} on the v4 calls that take it (needed with API keys). */
    public Builder siteId(long siteId) {
      return clientParameter("siteId", Long.toString(siteId));
    }

    @Override
    public Comm100Client build() {
      return new Comm100Client(apiFactory());
    }
  }
}
