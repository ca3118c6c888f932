package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import org.junit.jupiter.api.Test;

class ServersRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "servers");
  }

  @Test
  void firesWhenNoServersAreDeclared() {
    assertFires(
        Lint.with(spec -> spec.remove("servers")), "servers", "/servers", "declares no servers");
  }

  @Test
  void firesOnPlainHttpAndTrailingSlash() {
    var violations =
        Lint.with(
            spec -> Lint.object(spec, "/servers/0").put("url", "http://api{region}.example.com/"));
    assertFires(violations, "servers", "/servers/0/url", "not an absolute https:// URL");
    assertFires(violations, "servers", "/servers/0/url", "ends with a slash");
  }

  @Test
  void firesOnUndeclaredVariable() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/servers/0")
                    .put("url", "https://api{region}.example.com/{version}")),
        "servers",
        "/servers/0/url",
        "{version} is not declared");
  }

  @Test
  void firesOnVariableWithoutDescription() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1token/post/servers/0/variables/region")
                    .remove("description")),
        "servers",
        "/paths/~1token/post/servers/0/variables/region",
        "no description");
  }

  @Test
  void firesOnServersThatDifferOnlyInHost() {
    assertFires(
        Lint.with(
            spec -> {
              Lint.object(spec, "/servers/0")
                  .put("url", "https://api1.example.com/v1")
                  .remove("variables");
              Lint.array(spec, "/servers").addObject().put("url", "https://api2.example.com/v1");
            }),
        "servers",
        "/servers/1",
        "differ only in their host");
  }
}
