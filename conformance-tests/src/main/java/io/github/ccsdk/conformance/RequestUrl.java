package io.github.ccsdk.conformance;

import io.github.ccsdk.core.spi.PercentEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An absolute URL split the way the matcher needs it. Parsed by hand rather than with {@link
 * java.net.URI}: recorded URLs from browsers and proxies often hold characters URI rejects (spaces,
 * {@code |}, raw UTF-8), and such a URL should still be validated.
 */
record RequestUrl(String origin, String rawPath, String rawQuery) {

  /**
   * Parses {@code url}; null when it is not an absolute http(s) URL. {@code origin} is {@code
   * scheme://host[:port]} in lower case, without a default port.
   */
  static RequestUrl parse(String url) {
    if (url == null) {
      return null;
    }
    int schemeEnd = url.indexOf("://");
    if (schemeEnd <= 0) {
      return null;
    }
    String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    int hash = url.indexOf('#');
    String rest = url.substring(schemeEnd + 3, hash < 0 ? url.length() : hash);
    int pathStart = indexOfAny(rest, "/?");
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String pathAndQuery = pathStart < 0 ? "" : rest.substring(pathStart);
    int at = authority.lastIndexOf('@');
    String hostPort = (at < 0 ? authority : authority.substring(at + 1)).toLowerCase(Locale.ROOT);
    if (hostPort.isEmpty()) {
      return null;
    }
    if ((scheme.equals("https") && hostPort.endsWith(":443"))
        || (scheme.equals("http") && hostPort.endsWith(":80"))) {
      hostPort = hostPort.substring(0, hostPort.lastIndexOf(':'));
    }
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? null : pathAndQuery.substring(q + 1);
    return new RequestUrl(scheme + "://" + hostPort, path.isEmpty() ? "/" : path, query);
  }

  /** The decoded query pairs, in order. */
  List<Map.Entry<String, String>> query() {
    return Texts.pairs(rawQuery);
  }

  /** The decoded path segments after the given number of leading characters of the raw path. */
  static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    for (String segment : path.split("/", -1)) {
      segments.add(PercentEncoding.decode(segment, false));
    }
    return segments;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
