package io.github.ccsdk.core.spi;

import feign.MethodMetadata;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Request interceptors that add credentials, for SDK client builders.
 *
 * <p>They add nothing to methods marked {@link Unauthenticated}, read their secret on every request
 * (so a token can be refreshed behind the supplier), and tell the client's logger which header or
 * parameter to redact. Their {@code toString()} never shows the secret.
 */
public final class Auth {
  private Auth() {}

  /** {@code Authorization: Basic base64(user:password)}, UTF-8 (RFC 7617). */
  public static RequestInterceptor basic(String user, String password) {
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(password, "password == null");
    if (user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("user must not contain ':' (RFC 7617)");
    }
    String value =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ':' + password).getBytes(StandardCharsets.UTF_8));
    return new Interceptor("Auth.basic", "Authorization", null, () -> value);
  }

  /** {@code Authorization: Bearer <token>}, asking {@code token} on every request. */
  public static RequestInterceptor bearer(Supplier<String> token) {
    Objects.requireNonNull(token, "token == null");
    return new Interceptor(
        "Auth.bearer",
        "Authorization",
        null,
        () ->
            "Bearer " + Objects.requireNonNull(token.get(), "bearer token supplier returned null"));
  }

  /** Header {@code name} set to {@code value}'s result on every request. */
  public static RequestInterceptor header(String name, Supplier<String> value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    return new Interceptor("Auth.header", name, null, value);
  }

  /** Query parameter {@code name} set to {@code value}'s result on every request. */
  public static RequestInterceptor query(String name, Supplier<String> value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    return new Interceptor("Auth.query", null, name, value);
  }

  /** True if the generated method being called is marked {@link Unauthenticated}. */
  static boolean isUnauthenticated(RequestTemplate template) {
    MethodMetadata md = template.methodMetadata();
    return md != null
        && md.method() != null
        && md.method().isAnnotationPresent(Unauthenticated.class);
  }

  /** Package-private so the client builder can learn what to redact. */
  static final class Interceptor implements RequestInterceptor {
    private final String kind;
    private final String header;
    private final String query;
    private final Supplier<String> value;

    private Interceptor(String kind, String header, String query, Supplier<String> value) {
      this.kind = kind;
      this.header = header;
      this.query = query;
      this.value = value;
    }

    String header() {
      return header;
    }

    String query() {
      return query;
    }

    @Override
    public void apply(RequestTemplate template) {
      if (isUnauthenticated(template)) {
        return;
      }
      String secret =
          Objects.requireNonNull(value.get(), kind + ": the value supplier returned null");
      if (header != null) {
        // headerLiteral: Feign would read "{...}" in a header value as a template variable.
        template.removeHeader(header);
        template.headerLiteral(header, secret);
      } else {
        // Encoded here, completely: Feign would leave '+', '/' or '=' of a token as they are.
        String name = PercentEncoding.encode(query);
        template.query(name, List.of());
        template.query(name, PercentEncoding.encode(secret));
      }
    }

    @Override
    public String toString() {
      return kind + "(" + (header != null ? header : query) + ": REDACTED)";
    }
  }
}
