package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.InvalidDataException;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.spi.AbstractClientBuilder;
import io.github.ccsdk.core.spi.ApiFactory;
import io.github.ccsdk.core.spi.Auth;
import io.github.ccsdk.core.spi.CookieJar;
import io.github.ccsdk.servicepattern.model.ChatSession;
import java.net.CookieManager;
import java.net.CookieStore;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Pattern;

/**
 * The ServicePattern / Bright Pattern Mobile/Web chat SDK. Create one with {@link #builder()} and
 * share it; it is thread-safe.
 *
 * <p>Beyond the generated services it offers the chat lifecycle: {@code chats().start(request)}
 * starts a chat and returns a {@link Chat} to send messages, files and forms and to receive the
 * agent's events as a stream ({@link Chat#events()}, {@link Chat#listen}).
 *
 * <pre>{@code
 * ServicePatternClient sp = ServicePatternClient.builder()
 *     .host("yourcompany.brightpattern.com")
 *     .appId(appId)
 *     .tenantUrl("yourcompany.brightpattern.com")
 *     .build();
 * Chat chat = sp.chats().start(ChatRequest.builder().from("Ann").build());
 * }</pre>
 */
public final class ServicePatternClient extends ServicePatternApis {
  private final String clientId;
  private final EventPolling polling;
  private final Chats chats;

  /** The poller thread of each chat that has one: never two polls for the same chat. */
  final Map<UUID, Thread> pollers = new ConcurrentHashMap<>();

  private ServicePatternClient(
      ApiFactory factory, ThreadFactory asyncThreads, String clientId, EventPolling polling) {
    super(factory, asyncThreads);
    this.clientId = clientId;
    this.polling = polling;
    this.chats = new ChatLifecycle(this, super.chats());
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

  /**
   * The chats service, with the chat lifecycle beside the generated calls: {@link Chats#start}
   * requests a chat and returns a {@link Chat}, {@link Chats#resume} takes up one by id.
   */
  @Override
  public Chats chats() {
    return chats;
  }

  /** Starts a chat from the answer of Request Chat; see {@link Chats#start}. */
  Chat start(Response<ChatSession> answer) {
    ChatSession session = answer.body();
    if (session == null) {
      throw unusableChat(answer.status(), "no body", null);
    }
    UUID chatId;
    try {
      chatId = session.chatId();
    } catch (InvalidDataException e) {
      throw unusableChat(answer.status(), e.getMessage(), e);
    }
    return new Chat(this, chatId, session);
  }

  /**
   * The call succeeded but its answer cannot start a chat: a typed error, like any other unusable
   * success body, rather than the accessor's {@link InvalidDataException} or a null.
   */
  private static ApiException unusableChat(int status, String why, Throwable cause) {
    return ServicePatternException.FACTORY.create(
        ApiException.Details.builder(ApiException.Kind.UNEXPECTED_RESPONSE, "POST", "/chats")
            .status(status)
            .problem("the answer has no usable chat_id: " + why)
            .build(),
        cause);
  }

  /** The contact center's software version, e.g. {@code 5.5.6.12345 (Stable)} (API v2 only). */
  public String serverVersion() {
    return server().getVersion().serverVersion();
  }

  EventPolling polling() {
    return polling;
  }

  /** Configures a {@link ServicePatternClient}. */
  public static final class Builder extends AbstractClientBuilder<Builder, ServicePatternClient> {
    // Quotes or backslashes would break out of the quoted header values.
    private static final Pattern TOKEN = Pattern.compile("[^\"\\\\\\r\\n]+");

    private String host;
    private String apiVersion = "v2";
    private String appId;
    private String clientId;
    private CookieStore cookies;

    private Builder() {
      exceptionFactory(ServicePatternException.FACTORY);
      ServicePatternApis.SECRET_NAMES.forEach(this::secretQueryParameter);
      // Mobile and other non-browser clients must say so; userAgent(...) overrides it.
      userAgent("MobileClient");
    }

    /**
     * The contact center's host: the API is at {@code https://<host>/clientweb/api/v2} (or the
     * version {@link #apiVersion} names).
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return baseUrl("https://" + host + "/clientweb/api/" + apiVersion);
    }

    /**
     * The API version {@link #host} uses: {@code v2} (the default; a superset of v1 and what the
     * official mobile SDKs call) or {@code v1} for servers that predate v2. The v2-only calls
     * (server version, case history, close case, notifications) answer 404 on v1.
     */
    public Builder apiVersion(String apiVersion) {
      Objects.requireNonNull(apiVersion, "apiVersion == null");
      if (!apiVersion.equals("v1") && !apiVersion.equals("v2")) {
        throw new IllegalArgumentException("apiVersion is v1 or v2, not " + apiVersion);
      }
      this.apiVersion = apiVersion;
      return host == null ? this : host(host);
    }

    /** The id of the Messaging/Chat scenario entry the app is bound to. */
    public Builder appId(String appId) {
      this.appId = checked(appId, "appId");
      return this;
    }

    /**
     * The id of this app instance; a UUID is made when none is given. {@code WebChat} makes the
     * server identify the client by cookies instead, which the client then keeps (see {@link
     * #cookieStore}).
     */
    public Builder clientId(String clientId) {
      this.clientId = checked(clientId, "clientId");
      return this;
    }

    /**
     * Where the client keeps the cookies the server sets (default, in {@code WebChat} mode: in
     * memory, for this client only). Give a store of your own to resume a {@code WebChat} session
     * after a restart; giving one also turns cookie handling on for other client ids.
     */
    public Builder cookieStore(CookieStore cookies) {
      this.cookies = Objects.requireNonNull(cookies, "cookies == null");
      return this;
    }

    /**
     * The contact center's domain, sent as {@code tenantUrl} on every call that takes it: a host
     * name such as {@code yourcompany.brightpattern.com}, without {@code https://}.
     */
    public Builder tenantUrl(String tenantUrl) {
      Objects.requireNonNull(tenantUrl, "tenantUrl == null");
      String lower = tenantUrl.trim().toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        throw new IllegalArgumentException(
            "tenantUrl is the contact center's domain, without http:// or https://");
      }
      return clientParameter("tenantUrl", tenantUrl.trim());
    }

    @Override
    public ServicePatternClient build() {
      if (appId == null) {
        throw new IllegalStateException("appId is required: call appId(...) before build()");
      }
      String id = clientId != null ? clientId : UUID.randomUUID().toString();
      String header = "MOBILE-API-140-327-PLAIN appId=\"" + appId + "\", clientId=\"" + id + "\"";
      interceptor(Auth.header("Authorization", () -> header));
      CookieStore store = cookies;
      if (store == null && id.equals("WebChat")) {
        store = new CookieManager().getCookieStore();
      }
      if (store != null) {
        clientDecorator(CookieJar.decorator(store));
      }
      return new ServicePatternClient(
          apiFactory(),
          threadFactory("ccsdk-servicepattern-async"),
          id,
          new EventPolling(sleeper(), random(), threadFactory("ccsdk-chat")));
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
