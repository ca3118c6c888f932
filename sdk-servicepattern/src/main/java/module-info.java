/**
 * The ServicePattern SDK: its client in {@code io.github.ccsdk.servicepattern}, services in {@code
 * io.github.ccsdk.servicepattern.api}, models in {@code io.github.ccsdk.servicepattern.model}.
 */
module io.github.ccsdk.servicepattern {
  exports io.github.ccsdk.servicepattern;
  exports io.github.ccsdk.servicepattern.api;
  exports io.github.ccsdk.servicepattern.model;

  // Jackson reads and writes the models by reflection (their creators and fields are not public).
  opens io.github.ccsdk.servicepattern.model to
      com.fasterxml.jackson.databind;

  // Response, Page, ApiException, RetryPolicy... in every signature; JsonNode in the models.
  requires transitive io.github.ccsdk.core;
  requires transitive com.fasterxml.jackson.databind;
  requires feign.core;
  // @Generated on the generated sources; kept in the sources only.
  requires static java.compiler;
}
