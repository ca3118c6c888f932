package io.github.ccsdk.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which documented (operation, status) pairs no recording exercises. */
final class Coverage {
  private Coverage() {}

  /** {@code "<operationId> <status>"} for every documented status no entry of {@code hars} has. */
  static Set<String> missing(Path specFile, List<Path> hars) {
    Spec spec = Spec.load(specFile);
    Set<String> documented = new TreeSet<>();
    for (Spec.Operation op : spec.operations()) {
      for (Spec.Response r : op.responses().values()) {
        // A wire form the SDK does not send (x-ccsdk-wire-form-of) shares its canonical
        // operation's failures: recordings of its successes are enough.
        if (op.wireFormOf() == null || r.key().startsWith("2")) {
          documented.add(op.id() + " " + r.key());
        }
      }
    }
    OperationMatcher matcher = new OperationMatcher(spec, List.of());
    for (Path har : hars) {
      Har.read(
          har,
          entry -> {
            RequestUrl url = RequestUrl.parse(entry.url());
            try {
              Spec.Operation op = matcher.match(entry.method(), url).operation();
              String status = String.valueOf(entry.status());
              // A range (4XX) or default response is covered by any status it stands for.
              for (Spec.Response r : op.responses().values()) {
                String key = r.key().toUpperCase(java.util.Locale.ROOT);
                if (key.equals(status)
                    || (key.endsWith("XX") && key.charAt(0) == status.charAt(0))
                    || (key.equals("DEFAULT") && !op.responses().containsKey(status))) {
                  documented.remove(op.id() + " " + r.key());
                }
              }
            } catch (OperationMatcher.NoMatch e) {
              // Not this spec's: RecordingsTest reports it as a violation.
            }
          });
    }
    return documented;
  }
}
