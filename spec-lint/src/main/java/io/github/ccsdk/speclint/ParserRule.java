package io.github.ccsdk.speclint;

/**
 * Swagger Parser accepts the spec without a single message, and the spec is OpenAPI 3.0 (the
 * version every tool of the chain handles; see specs/README.md).
 */
final class ParserRule implements Rule {
  @Override
  public String name() {
    return "parser";
  }

  @Override
  public String description() {
    return "Swagger Parser reads the spec with zero messages, and it is OpenAPI 3.0.x.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    for (String message : spec.parserMessages) {
      sink.report(
          "",
          "Swagger Parser: " + message,
          "fix the node the message names; it is read as OpenAPI 3.0.3");
    }
    String version = spec.model.getOpenapi();
    if (version == null || !version.startsWith("3.0.")) {
      sink.report(
          "/openapi",
          "the spec is OpenAPI " + version + ", not 3.0.x",
          "write `openapi: 3.0.3` (why 3.0: specs/README.md)");
    }
  }
}
