package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A {@link feign.Client} decorator (for {@code AbstractClientBuilder.clientDecorator}) that
 * re-sends a request once with a new token when the server refuses the one the request carried.
 *
 * <p>Only requests carrying the {@link TokenCache}'s current or a former token are watched; calls
 * that send no token (the token request itself) pass through. When the answer says the token was
 * refused, the cache is told ({@link TokenCache#invalidate(String)}, so concurrent refusals of the
 * same token cause a single renewal), a token is fetched, and the request is sent again with it,
 * once. If the second answer is a refusal too, it goes to the caller as it is.
 */
public final class TokenRenewal {
  private TokenRenewal() {}

  /**
   * The decorator: {@code placement} says where requests carry the token, {@code refusal} what an
   * answer that refuses it looks like.
   */
  public static UnaryOperator<Client> decorator(
      TokenCache tokens, Placement placement, Refusal refusal) {
    Objects.requireNonNull(tokens, "tokens == null");
    Objects.requireNonNull(placement, "placement == null");
    Objects.requireNonNull(refusal, "refusal == null");
    return delegate ->
        new RenewingClient(
            Objects.requireNonNull(delegate, "delegate == null"), tokens, placement, refusal);
  }

  /** Where a request carries the token. Immutable. */
  public static final class Placement {
    private final String header;
    private final String prefix;
    private final String query;

    private Placement(String header, String prefix, String query) {
      this.header = header;
      this.prefix = prefix;
      this.query = query;
    }

    /** In header {@code name}, as {@code prefix + token} (for example "Bearer "). */
    public static Placement header(String name, String prefix) {
      return new Placement(
          Objects.requireNonNull(name, "name == null"),
          Objects.requireNonNull(prefix, "prefix == null"),
          null);
    }

    /** In query parameter {@code name}. */
    public static Placement query(String name) {
      return new Placement(null, null, Objects.requireNonNull(name, "name == null"));
    }

    /** The token the request carries, or null. */
    String read(Request request) {
      if (header != null) {
        String value = Http.header(request.headers(), header);
        return value != null && value.startsWith(prefix) ? value.substring(prefix.length()) : null;
      }
      String url = request.url();
      int q = url.indexOf('?');
      if (q < 0) {
        return null;
      }
      int end = url.indexOf('#', q);
      for (String pair : url.substring(q + 1, end < 0 ? url.length() : end).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && PercentEncoding.decode(pair.substring(0, eq), false).equals(query)) {
          return PercentEncoding.decode(pair.substring(eq + 1), false);
        }
      }
      return null;
    }

    /** A copy of {@code request} carrying {@code token} instead of the one it had. */
    Request write(Request request, String token) {
      if (header != null) {
        return Http.withHeaders(request, Map.of(header, prefix + token), Map.of());
      }
      return Request.create(
          request.httpMethod(),
          replaceQuery(request.url(), token),
          request.headers(),
          request.body(),
          request.charset(),
          request.requestTemplate());
    }

    private String replaceQuery(String url, String token) {
      int q = url.indexOf('?');
      int end = url.indexOf('#', q);
      String fragment = end < 0 ? "" : url.substring(end);
      String[] pairs = url.substring(q + 1, end < 0 ? url.length() : end).split("&", -1);
      StringBuilder out = new StringBuilder(url.substring(0, q + 1));
      for (int i = 0; i < pairs.length; i++) {
        String pair = pairs[i];
        int eq = pair.indexOf('=');
        if (eq > 0 && PercentEncoding.decode(pair.substring(0, eq), false).equals(query)) {
          pair = pair.substring(0, eq + 1) + PercentEncoding.encode(token);
        }
        out.append(i > 0 ? "&" : "").append(pair);
      }
      return out.append(fragment).toString();
    }

    @Override
    public String toString() {
      return header != null ? "Placement.header(" + header + ")" : "Placement.query(" + query + ")";
    }
  }

  /** What an answer that refuses the token looks like. Immutable. */
  public static final class Refusal {
    private final Set<Integer> statuses;
    private final String field;
    private final Set<String> values;

    private Refusal(Set<Integer> statuses, String field, Set<String> values) {
      this.statuses = statuses;
      this.field = field;
      this.values = values;
    }

    /** An answer with one of these HTTP statuses (typically 401). */
    public static Refusal status(Integer... statuses) {
      return new Refusal(Set.of(statuses), null, Set.of());
    }

    /**
     * An answer, whatever its status, whose body is a JSON object with a top-level text property
     * {@code field} holding one of {@code values} (for APIs that answer 200 with an error
     * envelope). Only the first 16 KiB of a body are looked at; the caller still gets all of it.
     */
    public static Refusal jsonProperty(String field, Set<String> values) {
      Objects.requireNonNull(field, "field == null");
      return new Refusal(Set.of(), field, Set.copyOf(values));
    }

    boolean byStatus(int status) {
      return statuses.contains(status);
    }

    boolean readsBody() {
      return field != null;
    }

    boolean byBody(byte[] head) {
      String value = BodyPeek.topLevel(head, Set.of(field)).get(field);
      return value != null && values.contains(value);
    }

    @Override
    public String toString() {
      return field != null ? "Refusal.jsonProperty(" + field + ")" : "Refusal.status" + statuses;
    }
  }

  /** The decorating client. */
  private static final class RenewingClient implements Client {
    private final Client delegate;
    private final TokenCache tokens;
    private final Placement placement;
    private final Refusal refusal;

    RenewingClient(Client delegate, TokenCache tokens, Placement placement, Refusal refusal) {
      this.delegate = delegate;
      this.tokens = tokens;
      this.placement = placement;
      this.refusal = refusal;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      String sent = placement.read(request);
      if (sent == null) {
        return delegate.execute(request, options);
      }
      Response response = delegate.execute(request, options);
      boolean refused = refusal.byStatus(response.status());
      if (!refused && refusal.readsBody()) {
        BodyPeek.Peeked peeked = BodyPeek.peek(response);
        response = peeked.response(); // the caller still reads the whole body
        refused = refusal.byBody(peeked.head());
      }
      return refused ? resend(request, options, sent, response) : response;
    }

    private Response resend(Request request, Request.Options options, String sent, Response refused)
        throws IOException {
      tokens.invalidate(sent);
      String fresh;
      try {
        fresh = tokens.get();
      } catch (RuntimeException e) {
        refused.close();
        throw e;
      }
      if (fresh.equals(sent)) {
        return refused; // the server handed out the token it just refused: sending it again is
        // futile
      }
      refused.close();
      return delegate.execute(placement.write(request, fresh), options);
    }
  }
}
