package io.github.ccsdk.speclint;

/**
 * No path key carries a query string or fragment ({@code ?}, {@code #}). OpenAPI path keys are
 * paths only; standard tools (mock servers, validators, doc renderers) do not match or print a key
 * like {@code /token.php?action=get}. Applied to the specs users hand to standard tools, not to the
 * authoring {@code contactnow.yaml}, whose query-in-path keys our own generator reads
 * (specs/README.md).
 */
final class QueryInPathRule implements Rule {
  @Override
  public String name() {
    return "no-query-in-path";
  }

  @Override
  public String description() {
    return "No path key carries a query string or fragment; standard tools refuse them.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    spec.tree
        .path("paths")
        .fieldNames()
        .forEachRemaining(
            path -> {
              int at = indexOfAny(path);
              if (at >= 0) {
                sink.report(
                    Pointer.of("", "paths", path),
                    "the path key holds `" + path.charAt(at) + "`: `" + path.substring(at) + "`",
                    "declare query items as `in: query` parameters (enums for fixed values), "
                        + "or publish the spec StandardSpecDeriver derives from this one");
              }
            });
  }

  private static int indexOfAny(String path) {
    int q = path.indexOf('?');
    int hash = path.indexOf('#');
    return q < 0 ? hash : hash < 0 ? q : Math.min(q, hash);
  }
}
