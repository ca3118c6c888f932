/**
 * The runtime every ccsdk SDK calls. Users name {@code io.github.ccsdk.core}; {@code
 * io.github.ccsdk.core.spi} is the plumbing for generated code and SDK modules, exported to them
 * (and to the conformance tool) only.
 */
// "module": the modules named by the qualified export below are built after this one.
@SuppressWarnings("module")
module io.github.ccsdk.core {
  exports io.github.ccsdk.core;
  exports io.github.ccsdk.core.spi to
      io.github.ccsdk.comm100,
      io.github.ccsdk.servicepattern,
      io.github.ccsdk.contactnow,
      io.github.ccsdk.conformance;

  // Jackson makes JsonField's codec (JsonFieldCodec, package-private) by reflection.
  opens io.github.ccsdk.core to
      com.fasterxml.jackson.databind;

  // JsonField.json(), UnknownVariant and the models' additional properties are JsonNodes.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires feign.core;
  requires java.net.http;
  // Log: java.util.logging where neither SLF4J nor System.Logger serve.
  requires java.logging;
  // Log: SLF4J when the application has it (an optional dependency).
  requires static org.slf4j;
  // @IgnoreJRERequirement of the Android check: class files only, never needed at run time.
  requires static animal.sniffer.annotations;
}
