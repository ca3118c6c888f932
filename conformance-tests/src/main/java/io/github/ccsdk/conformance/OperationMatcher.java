package io.github.ccsdk.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the operation of a recorded request by server, method and path, and by the fixed query that
 * some specs write into their path keys ({@code /ecnow.php?method=ecnow_records&action=read}): the
 * key's query pairs must all be present in the request, and of several keys that match, the one
 * with more fixed pairs wins ({@code reporting.php?method=calls&action=fields} over {@code
 * reporting.php?method=calls}). Then the more literal path wins over the one with variables.
 */
final class OperationMatcher {
  /** A request's operation, its path parameter values and the base path of the matched server. */
  record Match(Spec.Operation operation, Map<String, String> pathValues, String basePath) {}

  private final Spec spec;
  private final List<ServerTemplate> extraServers;

  OperationMatcher(Spec spec, List<ServerTemplate> extraServers) {
    this.spec = spec;
    this.extraServers = List.copyOf(extraServers);
  }

  /**
   * The operation {@code method} {@code url} belongs to.
   *
   * @throws NoMatch naming why no operation matches
   */
  Match match(String method, RequestUrl url) throws NoMatch {
    List<Map.Entry<String, String>> query = url.query();
    Match best = null;
    TreeSet<String> otherMethods = new TreeSet<>();
    boolean underServer = false;
    for (Spec.Operation op : spec.operations()) {
      List<ServerTemplate> servers = new ArrayList<>(op.servers());
      servers.addAll(extraServers);
      for (ServerTemplate server : servers) {
        for (ServerTemplate.Match m : server.match(url)) {
          underServer = true;
          Map<String, String> values = op.path().match(m.remainingPath());
          if (values == null || !query.containsAll(op.fixedQuery())) {
            continue;
          }
          if (!op.method().equalsIgnoreCase(method)) {
            otherMethods.add(op.method());
            continue;
          }
          Match candidate = new Match(op, values, m.basePath());
          if (best == null || better(candidate, best)) {
            best = candidate;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    if (!otherMethods.isEmpty()) {
      throw new NoMatch(
          "no operation matches: the spec has no "
              + method
              + " operation for this path (it has "
              + String.join(", ", otherMethods)
              + ")");
    }
    if (!underServer) {
      TreeSet<String> urls = new TreeSet<>();
      spec.operations().forEach(op -> op.servers().forEach(s -> urls.add(s.url())));
      extraServers.forEach(s -> urls.add(s.url()));
      throw new NoMatch(
          "no operation matches: the URL is under none of the spec's servers ("
              + String.join(", ", urls)
              + "); name the recording's base URL with --server");
    }
    throw new NoMatch("no operation matches: no path of the spec matches this request");
  }

  private static boolean better(Match a, Match b) {
    Spec.Operation x = a.operation();
    Spec.Operation y = b.operation();
    if (x.fixedQuery().size() != y.fixedQuery().size()) {
      return x.fixedQuery().size() > y.fixedQuery().size();
    }
    if (x.path().literalLength() != y.path().literalLength()) {
      return x.path().literalLength() > y.path().literalLength();
    }
    return x.path().variableCount() < y.path().variableCount();
  }

  /** No operation of the spec matches a request; the message says why. */
  static final class NoMatch extends Exception {
    private static final long serialVersionUID = 1L;

    NoMatch(String message) {
      super(message, null, false, false);
    }
  }
}
