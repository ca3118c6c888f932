package io.github.ccsdk.core.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Knows which names carry secrets and blanks their values out of URLs, form bodies, JSON text,
 * headers and free text before any of those reach a log line, an exception message, a {@code
 * toString()} or a recorded HAR file.
 *
 * <p>Immutable. One instance per client: SDKs add their own secret query parameters (ContactNow's
 * {@code token}) and {@link Auth} adds the headers and parameters it fills in. Its secret names are
 * public so that the ccsdk tools (the conformance validator and replay server) recognise the very
 * same secrets; SDK users do not need it.
 */
public final class Redaction {
  /** What a secret value is replaced with. */
  public static final String REDACTED = "REDACTED";

  /** {@code Scheme credentials}: the scheme is kept, the credentials are not. */
  private static final Pattern AUTH_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9._~+-]*) +\\S.*");

  /** Query parameters, form fields and JSON properties whose values are never shown. */
  static final Set<String> DEFAULT_SECRET_NAMES =
      Set.of(
          "token",
          "password",
          "access_token",
          "refresh_token",
          "api_key",
          "apikey",
          "client_secret");

  /** Headers that carry credentials or sessions by definition. */
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  /**
   * Fragments that mark a custom header as a credential ({@code X-Api-Key}, {@code X-Auth-Token}).
   * A false positive only hides a harmless value from a log, a miss leaks a credential, so this
   * errs on the wide side.
   */
  private static final List<String> SECRET_HEADER_FRAGMENTS =
      List.of("token", "secret", "password", "api-key", "apikey", "api_key", "auth", "session");

  private static final Redaction DEFAULTS = new Redaction(DEFAULT_SECRET_NAMES, Set.of());

  private final Set<String> names;
  private final Set<String> headers;
  private final Pattern jsonValue;
  private final Pattern textPair;

  private Redaction(Collection<String> names, Collection<String> headers) {
    this.names = lowerCase(names);
    this.headers = lowerCase(headers);
    String alternatives =
        this.names.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    // "name" : "value" or "name": 123 / true / null. A string cut off by truncation (no closing
    // quote) is still matched up to the end, so a truncated excerpt never shows half a secret.
    this.jsonValue =
        Pattern.compile(
            "(\"" + alternatives + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\\\?$)|[^,}\\]\\s]+)",
            Pattern.CASE_INSENSITIVE);
    // name=value inside free text such as a URL quoted in an I/O error message.
    this.textPair =
        Pattern.compile(
            "((?:^|[?&;\\s])" + alternatives + "=)([^&\\s#\"'<>]*)", Pattern.CASE_INSENSITIVE);
  }

  /** {@code Scheme REDACTED} for {@code Scheme credentials}, else {@code REDACTED}. */
  private static String withScheme(String value) {
    return value != null && AUTH_SCHEME.matcher(value).matches()
        ? value.substring(0, value.indexOf(' ')) + " " + REDACTED
        : REDACTED;
  }

  /** The rules every client starts from: the well-known secret names and credential headers. */
  public static Redaction defaults() {
    return DEFAULTS;
  }

  /** A redaction that also hides these query/form/JSON names and these headers. */
  public Redaction with(Collection<String> moreNames, Collection<String> moreHeaders) {
    if (moreNames.isEmpty() && moreHeaders.isEmpty()) {
      return this;
    }
    Set<String> n = new LinkedHashSet<>(names);
    n.addAll(moreNames);
    Set<String> h = new LinkedHashSet<>(headers);
    h.addAll(moreHeaders);
    return new Redaction(n, h);
  }

  /** Whether a query parameter, form field or JSON property of this name holds a secret. */
  public boolean isSecretName(String name) {
    return name != null && names.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether a header of this name holds a credential or session. */
  boolean isSecretHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (SECRET_HEADERS.contains(lower) || headers.contains(lower) || names.contains(lower)) {
      return true;
    }
    for (String fragment : SECRET_HEADER_FRAGMENTS) {
      if (lower.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  /** The URL without user info and with secret query parameter values replaced. */
  public String url(String url) {
    if (url == null) {
      return null;
    }
    int fragment = url.indexOf('#');
    String withoutFragment = fragment < 0 ? url : url.substring(0, fragment);
    int query = withoutFragment.indexOf('?');
    String base = stripUserInfo(query < 0 ? withoutFragment : withoutFragment.substring(0, query));
    if (query < 0) {
      return base;
    }
    return base + '?' + pairs(withoutFragment.substring(query + 1), false);
  }

  /** An {@code application/x-www-form-urlencoded} body with secret field values replaced. */
  String form(String body) {
    return pairs(body, true);
  }

  /** JSON text (possibly truncated) with the values of secret properties replaced. */
  public String json(String text) {
    Matcher m = jsonValue.matcher(text);
    if (!m.find()) {
      return text;
    }
    // StringBuffer: the StringBuilder overloads are Java 9+ (and not on Android).
    StringBuffer out = new StringBuffer(text.length());
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + '"' + REDACTED + '"'));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** Free text (an error message, a text body) with {@code secret=value} pairs replaced. */
  public String text(String text) {
    if (text == null) {
      return null;
    }
    return json(textPair.matcher(text).replaceAll("$1" + REDACTED));
  }

  /**
   * A case-insensitive, unmodifiable copy of {@code headers} with credential values replaced.
   * Header names are kept so a reader can still see that, say, a cookie was set, and so is the
   * scheme word of an {@code Authorization} value ({@code Bearer REDACTED}), so that logs and
   * recordings still tell Basic from Bearer.
   */
  public Map<String, List<String>> headers(Map<String, ? extends Collection<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers == null) {
      return Collections.unmodifiableMap(out);
    }
    for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        continue;
      }
      List<String> values = new ArrayList<>(e.getValue().size());
      boolean secret = isSecretHeader(e.getKey());
      boolean schemed =
          e.getKey().equalsIgnoreCase("Authorization")
              || e.getKey().equalsIgnoreCase("Proxy-Authorization");
      for (String v : e.getValue()) {
        values.add(!secret ? v : schemed ? withScheme(v) : REDACTED);
      }
      out.merge(
          e.getKey(),
          Collections.unmodifiableList(values),
          (a, b) -> {
            List<String> merged = new ArrayList<>(a);
            merged.addAll(b);
            return Collections.unmodifiableList(merged);
          });
    }
    return Collections.unmodifiableMap(out);
  }

  private String pairs(String query, boolean plusIsSpace) {
    StringBuilder out = new StringBuilder(query.length());
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      String pair = query.substring(start, end);
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      if (start > 0) {
        out.append('&');
      }
      if (eq >= 0 && isSecretName(PercentEncoding.decode(rawName, plusIsSpace))) {
        out.append(rawName).append('=').append(REDACTED);
      } else {
        out.append(pair);
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static String stripUserInfo(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return url;
    }
    int authorityStart = scheme + 3;
    int authorityEnd = url.indexOf('/', authorityStart);
    if (authorityEnd < 0) {
      authorityEnd = url.length();
    }
    int at = url.lastIndexOf('@', authorityEnd - 1);
    if (at < authorityStart) {
      return url;
    }
    return url.substring(0, authorityStart) + url.substring(at + 1);
  }

  private static Set<String> lowerCase(Collection<String> values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      out.add(v.toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(out);
  }
}
