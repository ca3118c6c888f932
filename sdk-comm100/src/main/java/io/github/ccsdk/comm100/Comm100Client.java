package io.github.ccsdk.comm100;

import io.github.ccsdk.comm100.api.OAuthService;
import io.github.ccsdk.comm100.model.AccessToken;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.spi.AbstractClientBuilder;
import io.github.ccsdk.core.spi.ApiFactory;
import io.github.ccsdk.core.spi.Auth;
import io.github.ccsdk.core.spi.TokenCache;
import io.github.ccsdk.core.spi.TokenRenewal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The Comm100 SDK: live chat v3 and ticketing v4. Create one with {@link #builder()} and share it;
 * it is thread-safe.
 *
 * <p>Authentication is one of: {@link Builder#apiKey API key} (HTTP Basic; set {@link
 * Builder#siteId siteId} too, which v4 calls need with an API key), {@link Builder#oauth OAuth
 * password grant} (the client gets, caches and renews the token itself), or an {@link
 * Builder#accessToken access token} you manage.
 *
 * <pre>{@code
 * Comm100Client comm100 = Comm100Client.builder()
 *     .platform(1)
 *     .oauth("agent@example.com", password)
 *     .build();
 * List<Visitor> visitors = comm100.visitors().listVisitors();
 * }</pre>
 */
public final class Comm100Client extends Comm100Apis {
  private final OAuthService oauth;

  private Comm100Client(ApiFactory factory, ThreadFactory asyncThreads, OAuthService tokenHost) {
    super(factory, asyncThreads);
    this.oauth = tokenHost != null ? tokenHost : super.oAuth();
  }

  /**
   * The OAuth token service on the host that issues tokens: the Control Panel host of {@link
   * Builder#platform} or {@link Builder#tokenUrl}, not the API host (with neither, the base URL).
   * {@link Builder#oauth} logs in through it by itself; call it to get a token of your own.
   */
  @Override
  public OAuthService oAuth() {
    return oauth;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a {@link Comm100Client}. Choose one way to authenticate; build once, then share the
   * client.
   */
  public static final class Builder extends AbstractClientBuilder<Builder, Comm100Client> {
    private Integer platform;
    private URI apiBase;
    private URI tokenBase;
    private String authMethod;
    private String email;
    private String password;
    private String oauthClientId;
    private Clock clock = Clock.systemUTC();

    private Builder() {
      exceptionFactory(Comm100Exception.FACTORY);
      Comm100Apis.SECRET_NAMES.forEach(this::secretQueryParameter);
      userAgent(Comm100Apis.USER_AGENT);
    }

    /**
     * The platform number of the account, from the Control Panel domain ({@code portal1} to {@code
     * portal7} on the v3 platform, {@code dash11} to {@code dash17} on v4): the API is at {@code
     * https://api<platform>.comm100.io} and OAuth tokens come from {@code
     * https://portal<platform>.comm100.io} (platforms below 10) or {@code
     * https://dash<platform>.comm100.io}. Use {@link #baseUrl(String)} and {@link
     * #tokenUrl(String)} instead for a proxy or a test server.
     */
    public Builder platform(int platform) {
      if (platform <= 0) {
        throw new IllegalArgumentException("platform must be positive, was " + platform);
      }
      baseUrl("https://api" + platform + ".comm100.io");
      this.platform = platform;
      return this;
    }

    /** The API's base URL, overriding {@link #platform(int)}; required when no platform is set. */
    @Override
    public Builder baseUrl(URI baseUrl) {
      super.baseUrl(baseUrl);
      this.apiBase = baseUrl;
      this.platform = null; // an explicit API host says nothing about the Control Panel host
      return this;
    }

    /**
     * Where OAuth tokens come from: the Control Panel's base URL such as {@code
     * https://portal1.comm100.io} (a full {@code .../oauth/token} URL is accepted too). Needed with
     * {@link #oauth} when the API URL is given by {@link #baseUrl(String)} rather than {@link
     * #platform(int)}.
     */
    public Builder tokenUrl(String tokenUrl) {
      Objects.requireNonNull(tokenUrl, "tokenUrl == null");
      String text = tokenUrl.trim();
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      if (text.endsWith("/oauth/token")) {
        text = text.substring(0, text.length() - "/oauth/token".length());
      }
      try {
        this.tokenBase = new URI(text);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("tokenUrl is not a valid URL: " + e.getMessage(), e);
      }
      return this;
    }

    /** Authenticates with HTTP Basic: an agent's email and the site's API key. */
    public Builder apiKey(String agentEmail, String apiKey) {
      Objects.requireNonNull(agentEmail, "agentEmail == null");
      Objects.requireNonNull(apiKey, "apiKey == null");
      choose("apiKey");
      return interceptor(Auth.basic(agentEmail, apiKey));
    }

    /** Authenticates with an OAuth access token you obtain, asked for anew on every call. */
    public Builder accessToken(Supplier<String> accessToken) {
      Objects.requireNonNull(accessToken, "accessToken == null");
      choose("accessToken");
      return interceptor(Auth.bearer(accessToken));
    }

    /**
     * Authenticates with the OAuth password grant: the client asks the Control Panel host for a
     * token with the agent's email and password when it first needs one, shares it between all
     * threads (concurrent callers cause a single token request), renews it a minute before {@code
     * expires_in} runs out, and on a 401 renews it once and sends the refused call again.
     */
    public Builder oauth(String agentEmail, String password) {
      this.email = Objects.requireNonNull(agentEmail, "agentEmail == null");
      this.password = Objects.requireNonNull(password, "password == null");
      choose("oauth");
      return this;
    }

    /** The OAuth client id sent with {@link #oauth} token requests (newer v4 accounts need one). */
    public Builder oauthClientId(String clientId) {
      this.oauthClientId = Objects.requireNonNull(clientId, "clientId == null");
      return this;
    }

    /** The site id, sent as {@code siteId} on the v4 calls that take it (needed with API keys). */
    public Builder siteId(long siteId) {
      return clientParameter("siteId", Long.toString(siteId));
    }

    /** Also the clock the token's expiry is judged by. */
    @Override
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return super.clock(clock);
    }

    @Override
    public Comm100Client build() {
      OAuthService tokenHost = null;
      if (email != null) {
        tokenHost = wireOAuth();
      } else if (oauthClientId != null) {
        throw new IllegalStateException("oauthClientId(...) needs oauth(email, password)");
      } else if (apiBase != null && (tokenBase != null || platform != null)) {
        tokenHost = tokenService(tokenBase != null ? tokenBase : controlPanel(platform));
      }
      return new Comm100Client(apiFactory(), threadFactory("ccsdk-comm100-async"), tokenHost);
    }

    /**
     * The token service on {@code tokens}: the same transport settings with the Control Panel's
     * base URL. Its one call is unauthenticated, so no credential of this builder reaches it.
     */
    private OAuthService tokenService(URI tokens) {
      // super: the API base URL and platform this builder tracks stay as they are.
      super.baseUrl(tokens);
      ApiFactory tokenFactory = apiFactory();
      super.baseUrl(apiBase);
      return new OAuthServiceImpl(tokenFactory);
    }

    /**
     * The token endpoint lives on the Control Panel host, so it gets its own API factory: the same
     * transport settings with the Control Panel's base URL, and none of the token handling below.
     */
    private OAuthService wireOAuth() {
      if (apiBase == null) {
        throw new IllegalStateException("baseUrl is required: call platform(...) or baseUrl(...)");
      }
      URI tokens = tokenBase;
      if (tokens == null) {
        if (platform == null) {
          throw new IllegalStateException(
              "tokenUrl(...) is required with oauth(...) when the API URL is set by baseUrl(...)");
        }
        tokens = controlPanel(platform);
      }
      OAuthService oauth = tokenService(tokens);
      String tokenEndpoint = tokens.toString().replaceAll("/+$", "") + "/oauth/token";
      String agent = email;
      String secret = password;
      String clientId = oauthClientId;
      Clock time = clock;
      TokenCache cache =
          TokenCache.create(
              () -> fetch(oauth, tokenEndpoint, agent, secret, clientId, time), clock);
      interceptor(Auth.bearer(cache::get));
      clientDecorator(
          TokenRenewal.decorator(
              cache,
              TokenRenewal.Placement.header("Authorization", "Bearer "),
              TokenRenewal.Refusal.status(401)));
      return oauth;
    }

    /**
     * The Control Panel host of a platform: portal hosts below 10 (v3), dash hosts from 10 (v4).
     */
    static URI controlPanel(int platform) {
      return URI.create(
          "https://" + (platform < 10 ? "portal" : "dash") + platform + ".comm100.io");
    }

    private static TokenCache.Token fetch(
        OAuthService api,
        String tokenEndpoint,
        String email,
        String password,
        String clientId,
        Clock clock) {
      Instant asked = clock.instant();
      AccessToken token =
          api.createAccessToken(
              p -> {
                p.email(email).password(password);
                if (clientId != null) {
                  p.clientId(clientId);
                }
              });
      String value = token._accessToken().value().orElse(null);
      if (value == null || value.isEmpty()) {
        throw Comm100Exception.FACTORY.create(
            ApiException.Details.builder(
                    ApiException.Kind.UNEXPECTED_RESPONSE, "POST", tokenEndpoint)
                .status(200)
                .problem("the token response has no access_token")
                .build(),
            null);
      }
      Optional<Long> seconds = expiresIn(token);
      return seconds.isPresent()
          ? TokenCache.Token.expiringAt(value, asked.plus(Duration.ofSeconds(seconds.get())))
          : TokenCache.Token.withoutExpiry(value);
    }

    /** {@code expires_in} as a number or, from a lenient server, as a string of digits. */
    private static Optional<Long> expiresIn(AccessToken token) {
      Optional<Integer> typed = token.expiresIn();
      if (typed.isPresent()) {
        return Optional.of(typed.get().longValue());
      }
      return token
          ._expiresIn()
          .raw()
          .filter(node -> node.isTextual() && node.asText().matches("\\d{1,18}"))
          .map(node -> Long.parseLong(node.asText()));
    }

    /** Two credentials would both be sent, and the server would pick one; refuse instead. */
    private void choose(String method) {
      boolean replacingOAuth = method.equals("oauth") && method.equals(authMethod);
      if (authMethod != null && !replacingOAuth) {
        throw new IllegalStateException(
            "choose one way to authenticate: " + authMethod + "(...) was already called");
      }
      authMethod = method;
    }
  }
}
