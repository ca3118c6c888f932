/**
 * A tiny modular app that uses the three SDKs the way a user's module would: it requires them by
 * name and nothing else of ccsdk (Feign and Jackson come through the SDKs' own module
 * declarations). Not published; module-path-test's tests run it on the module path.
 */
module io.github.ccsdk.modulepathtest {
  requires io.github.ccsdk.comm100;
  requires io.github.ccsdk.servicepattern;
  requires io.github.ccsdk.contactnow;
  // The loopback server of ModulePathApp.main.
  requires jdk.httpserver;
}
