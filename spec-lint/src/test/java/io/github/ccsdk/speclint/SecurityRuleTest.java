package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.Lint.assertFires;
import static io.github.ccsdk.speclint.Lint.assertSilent;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityRuleTest {
  @Test
  void silentOnGoodSpec() {
    assertSilent(Lint.good(), "security");
  }

  @Test
  void firesOnOperationWithoutSecurity() {
    List<Violation> violations = Lint.with(spec -> spec.remove("security"));
    assertFires(violations, "security", "/paths/~1widgets/get", "no security scheme");
    // An explicit `security: []` is a decision, not an omission.
    assertSilentAt(violations, "/paths/~1token/post");
  }

  @Test
  void firesOnUndeclaredScheme() {
    assertFires(
        Lint.with(
            spec ->
                Lint.object(spec, "/paths/~1widgets/get")
                    .putArray("security")
                    .addObject()
                    .putArray("oauth")),
        "security",
        "/paths/~1widgets/get/security/0/oauth",
        "\"oauth\" is not declared");
  }

  private static void assertSilentAt(List<Violation> violations, String pointer) {
    assertSilent(violations.stream().filter(v -> v.pointer().equals(pointer)).toList(), "security");
  }
}
