package io.github.ccsdk.contactnow;

import io.github.ccsdk.contactnow.api.TokenService;
import io.github.ccsdk.contactnow.model.TokenResponse;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.spi.AbstractClientBuilder;
import io.github.ccsdk.core.spi.ApiFactory;
import io.github.ccsdk.core.spi.Auth;
import io.github.ccsdk.core.spi.FailureEnvelope;
import io.github.ccsdk.core.spi.TokenCache;
import io.github.ccsdk.core.spi.TokenRenewal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The 8x8 ContactNow API v2 SDK. Create one with {@link #builder()} and share it; it is
 * thread-safe. Every call asks for JSON ({@code format=json}); the token travels in the query
 * string and is redacted from logs and errors.
 *
 * <p><b>Failures in the body.</b> ContactNow answers a failed call with HTTP 200 and {@code
 * {"success": false, "error": "..."}}. Every method of this client throws instead: a {@link
 * ContactNowException.Unauthorized} (kind {@code UNAUTHORIZED}) for the credential errors {@code
 * Authentication failure}, {@code Invalid token}, {@code Expired token} and {@code Unknown token},
 * a {@link ContactNowException.BadRequest} (kind {@code BAD_REQUEST}) for any other error text: the
 * server refused the request. {@code status()} stays 200 (what the server sent) and {@code
 * details().vendorMessage()} holds the vendor's error text. So a model a method returns always
 * comes from {@code success: true}.
 *
 * <p><b>Reads and writes.</b> A read answers a {@link io.github.ccsdk.core.Page Page} of typed
 * rows, the envelope unwrapped. A write answers a {@link WriteResult}: ContactNow can refuse some
 * records while saying {@code success: true}, so check {@link WriteResult#bad()} or call {@link
 * WriteResult#requireComplete()}.
 *
 * <pre>{@code
 * ContactNowClient contactNow = ContactNowClient.builder()
 *     .baseUrl(ContactNowClient.EU)
 *     .credentials("api-user", apiPassword)
 *     .build();
 * Page<OutcomeCode> codes = contactNow.outcomeCodes().list();
 * }</pre>
 */
public final class ContactNowClient extends ContactNowApis {
  /** The EU API base. */
  public static final String EU = "https://api-106.dxi.eu";

  /** The US API base. */
  public static final String US = "https://api.contactnow.8x8.com/api";

  /** The error texts that mean the token (or the credentials behind it) was refused. */
  static final Set<String> CREDENTIAL_ERRORS =
      Set.of("Authentication failure", "Invalid token", "Expired token", "Unknown token");

  /** The error texts after which a new token helps: the call is sent again once with it. */
  static final Set<String> TOKEN_ERRORS = Set.of("Invalid token", "Expired token", "Unknown token");

  private ContactNowClient(ApiFactory factory, ThreadFactory asyncThreads) {
    super(factory, asyncThreads);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link ContactNowClient}. Build once, then share the client. */
  public static final class Builder extends AbstractClientBuilder<Builder, ContactNowClient> {
    private String username;
    private String password;
    private String address;
    private boolean tokenSupplier;
    private Clock clock = Clock.systemUTC();

    private Builder() {
      exceptionFactory(ContactNowException.FACTORY);
      ContactNowApis.SECRET_NAMES.forEach(this::secretQueryParameter);
      userAgent(ContactNowApis.USER_AGENT);
      secretQueryParameter("token");
      // The sources disagree on the default format; the SDK reads JSON only, so it always asks.
      clientParameter("format", "json");
    }

    /**
     * Authenticates with a token you manage, asked for anew on every call. Prefer {@link
     * #credentials}, which gets and renews tokens itself.
     */
    public Builder token(Supplier<String> token) {
      Objects.requireNonNull(token, "token == null");
      if (username != null) {
        throw new IllegalStateException("credentials(...) was already called");
      }
      tokenSupplier = true;
      return interceptor(Auth.query("token", token));
    }

    /**
     * Authenticates with the API username and password from 8x8 support: the client gets a token
     * ({@code token.php?action=get}) when it first needs one, shares it between all threads
     * (concurrent callers cause a single token request), renews it a minute before its {@code
     * expire}, and when a call answers {@code Expired token}, {@code Invalid token} or {@code
     * Unknown token} renews it once and sends the call again.
     */
    public Builder credentials(String username, String password) {
      Objects.requireNonNull(username, "username == null");
      Objects.requireNonNull(password, "password == null");
      if (tokenSupplier) {
        throw new IllegalStateException("token(...) was already called");
      }
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * The IP address, or comma-separated list of up to 10, that tokens from {@link #credentials}
     * may be used from (token.php's {@code address}; by default the caller's address).
     */
    public Builder tokenAddress(String address) {
      this.address = Objects.requireNonNull(address, "address == null");
      return this;
    }

    /**
     * The contact centre (CCID) every call acts on, sent as the {@code campaign} query parameter.
     * Only reseller accounts that manage several contact centres need it; others leave it unset.
     */
    public Builder contactCentre(int ccid) {
      if (ccid <= 0) {
        throw new IllegalArgumentException("ccid must be positive, was " + ccid);
      }
      return clientParameter("campaign", Integer.toString(ccid));
    }

    /** Also the clock the token's expiry is judged by. */
    @Override
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return super.clock(clock);
    }

    @Override
    public ContactNowClient build() {
      if (address != null && username == null) {
        throw new IllegalStateException("tokenAddress(...) needs credentials(username, password)");
      }
      TokenSource source = null;
      if (username != null) {
        source = new TokenSource(username, password, address, clock);
        TokenCache cache = TokenCache.create(source::fetch, clock);
        interceptor(Auth.query("token", cache::get));
        clientDecorator(
            TokenRenewal.decorator(
                cache,
                TokenRenewal.Placement.query("token"),
                TokenRenewal.Refusal.jsonProperty("error", TOKEN_ERRORS)));
      }
      // Outermost, so that a refused token is renewed before a failure is reported.
      clientDecorator(
          FailureEnvelope.decorator(ContactNowException.FACTORY, "success", Builder::kindForError));
      ContactNowClient client =
          new ContactNowClient(apiFactory(), threadFactory("ccsdk-contactnow-async"));
      if (source != null) {
        source.api = client.token();
      }
      return client;
    }

    /** The kind of a {@code success: false} answer, from its error text. */
    static ApiException.Kind kindForError(String error) {
      return error != null && CREDENTIAL_ERRORS.contains(error.trim())
          ? ApiException.Kind.UNAUTHORIZED
          : ApiException.Kind.BAD_REQUEST;
    }
  }

  /** Gets tokens through the client's own {@code token.php} API, which sends no token itself. */
  private static final class TokenSource {
    private final String username;
    private final String password;
    private final String address;
    private final Clock clock;
    // Set once the client exists, before any call can need a token.
    volatile TokenService api;

    TokenSource(String username, String password, String address, Clock clock) {
      this.username = username;
      this.password = password;
      this.address = address;
      this.clock = clock;
    }

    TokenCache.Token fetch() {
      Instant asked = clock.instant();
      TokenResponse response =
          api.get(
              p -> {
                p.username(username).password(password);
                if (address != null) {
                  p.address(address);
                }
              });
      String token = response.token().orElse("");
      if (token.isEmpty()) {
        throw ContactNowException.FACTORY.create(
            ApiException.Details.builder(
                    ApiException.Kind.UNEXPECTED_RESPONSE, "GET", "token.php?action=get")
                .status(200)
                .problem("the token answer has success: true but no token")
                .build(),
            null);
      }
      // expire is a Unix time; one in the past (a skewed clock) must not make every call renew.
      return response
          .expire()
          .filter(expire -> expire > asked.getEpochSecond())
          .map(expire -> TokenCache.Token.expiringAt(token, Instant.ofEpochSecond(expire)))
          .orElseGet(() -> TokenCache.Token.withoutExpiry(token));
    }
  }
}
