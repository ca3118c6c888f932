package io.github.ccsdk.generator;

import java.util.Locale;
import java.util.Set;
import org.openapitools.codegen.CodegenProperty;

/** Which model properties hold secrets, so generated {@code toString()} never prints them. */
final class Secrets {
  private static final Set<String> NAMES =
      Set.of(
          "password",
          "token",
          "accesstoken",
          "refreshtoken",
          "apikey",
          "clientsecret",
          "secret",
          "authorization");

  private Secrets() {}

  /** By {@code format: password}, {@code x-ccsdk-secret: true} in the spec, or by its name. */
  static boolean isSecret(CodegenProperty p) {
    return p.isPassword
        || Boolean.TRUE.equals(p.vendorExtensions.get("x-ccsdk-secret"))
        || NAMES.contains(p.baseName.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
  }
}
