/**
 * The Comm100 SDK: its client in {@code io.github.ccsdk.comm100}, services in {@code
 * io.github.ccsdk.comm100.api}, models in {@code io.github.ccsdk.comm100.model}.
 */
// "module": javac advises against the digits that end "comm100", the name the jar always had.
@SuppressWarnings("module")
module io.github.ccsdk.comm100 {
  exports io.github.ccsdk.comm100;
  exports io.github.ccsdk.comm100.api;
  exports io.github.ccsdk.comm100.model;

  // Jackson reads and writes the models by reflection (their creators and fields are not public).
  opens io.github.ccsdk.comm100.model to
      com.fasterxml.jackson.databind;

  // Response, Page, ApiException, RetryPolicy... in every signature; JsonNode in the models.
  requires transitive io.github.ccsdk.core;
  requires transitive com.fasterxml.jackson.databind;
  requires feign.core;
  // @Generated on the generated sources; kept in the sources only.
  requires static java.compiler;
}
