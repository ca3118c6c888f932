package io.github.ccsdk.speclint;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;

/**
 * Every operation is covered by a declared security scheme, or says explicitly with {@code
 * security: []} that it needs none: the SDK must know which credentials each call carries.
 */
final class SecurityRule implements Rule {
  @Override
  public String name() {
    return "security";
  }

  @Override
  public String description() {
    return "Every operation is covered by a declared security scheme, or says security: [].";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    Map<String, SecurityScheme> schemes = spec.components().getSecuritySchemes();
    List<SecurityRequirement> root = spec.model.getSecurity();
    declared("/security", root, schemes, sink);
    for (ParsedSpec.Op op : spec.operations()) {
      List<SecurityRequirement> own = op.operation().getSecurity();
      declared(Pointer.of(op.pointer(), "security"), own, schemes, sink);
      if (own == null && (root == null || root.isEmpty())) {
        sink.report(
            op.pointer(),
            "operation is covered by no security scheme",
            "add `security: [{<scheme>: []}]` here or at the root, or `security: []` if the call"
                + " needs no credentials");
      }
    }
  }

  private static void declared(
      String pointer,
      List<SecurityRequirement> requirements,
      Map<String, SecurityScheme> schemes,
      Sink sink) {
    if (requirements == null) {
      return;
    }
    for (int i = 0; i < requirements.size(); i++) {
      for (String name : requirements.get(i).keySet()) {
        if (schemes == null || !schemes.containsKey(name)) {
          sink.report(
              Pointer.of(pointer, i, name),
              "security scheme \"" + name + "\" is not declared",
              "declare it under components/securitySchemes, or fix the name");
        }
      }
    }
  }
}
