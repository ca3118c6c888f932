/**
 * The ContactNow SDK: its client in {@code io.github.ccsdk.contactnow}, services in {@code
 * io.github.ccsdk.contactnow.api}, models in {@code io.github.ccsdk.contactnow.model}.
 */
module io.github.ccsdk.contactnow {
  exports io.github.ccsdk.contactnow;
  exports io.github.ccsdk.contactnow.api;
  exports io.github.ccsdk.contactnow.model;

  // Jackson reads and writes the models by reflection (their creators and fields are not public).
  opens io.github.ccsdk.contactnow.model to
      com.fasterxml.jackson.databind;
  // WriteResult's package-private JSON creator.
  opens io.github.ccsdk.contactnow to
      com.fasterxml.jackson.databind;

  // Response, Page, ApiException, RetryPolicy... in every signature; JsonNode in the models.
  requires transitive io.github.ccsdk.core;
  requires transitive com.fasterxml.jackson.databind;
  requires feign.core;
  // @Generated on the generated sources; kept in the sources only.
  requires static java.compiler;
}
