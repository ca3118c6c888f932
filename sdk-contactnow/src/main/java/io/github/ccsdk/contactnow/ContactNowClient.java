package io.github.ccsdk.contactnow;

import io.github.ccsdk.core.AbstractClientBuilder;
import io.github.ccsdk.core.ApiFactory;
import io.github.ccsdk.core.Auth;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The 8x8 ContactNow API v2 SDK. Create one with {@link #builder()} and share it; it is
 * thread-safe. Every call asks for JSON ({@code format=json}); the token travels in the query
 * string and is redacted from logs and errors.
 *
 * <pre>{@code
 * ContactNowClient contactNow = ContactNowClient.builder()
 *     .baseUrl(ContactNowClient.EU)
 *     .token(() -> token)
 *     .build();
 * OutcomeCodeList codes = contactNow.configuration().readOutcomeCodes(null, null, null);
 * }</pre>
 */
public final class ContactNowClient extends ContactNowApis {
  /** The EU API base. */
  public static final String EU = "https://api-106.dxi.eu";

  /** The US API base. */
  public static final String US = "https://api.contactnow.8x8.com/api";

  private ContactNowClient(ApiFactory factory) {
    super(factory);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link ContactNowClient}. */
  public static final class Builder extends AbstractClientBuilder<Builder, ContactNowClient> {
    private Builder() {
      exceptionFactory(ContactNowException.FACTORY);
      secretQueryParameter("token");
      // The sources disagree on the default format; the SDK reads JSON only, so it always asks.
      clientParameter("format", "json");
    }

    /** The API token, asked for anew on every call (a token manager may renew it). */
    public Builder token(Supplier<String> token) {
      Objects.requireNonNull(token, "token == null");
      return interceptor(Auth.query("token", token));
    }

    @Override
    public ContactNowClient build() {
      return new ContactNowClient(apiFactory());
    }
  }
}
