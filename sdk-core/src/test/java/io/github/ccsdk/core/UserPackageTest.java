package io.github.ccsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.core.testing.PublicApi;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user package: what users of an SDK name in code, with no Feign in sight; the plumbing lives
 * in {@code io.github.ccsdk.core.spi}, which this scan leaves out.
 */
class UserPackageTest {
  private static final PublicApi API =
      PublicApi.of(
          Path.of("target", "classes"), "io.github.ccsdk.core", "io.github.ccsdk.core.spi");

  @Test
  void noFeignTypeInAnyPublicSignature() {
    assertEquals(List.of(), API.signaturesNaming("feign."));
  }

  @Test
  void theScanSeesTheUserTypesAndNoPlumbing() {
    List<String> names = API.types().stream().map(Class::getName).toList();
    assertTrue(names.contains(ApiException.class.getName()), names.toString());
    assertTrue(
        names.stream().noneMatch(n -> n.startsWith("io.github.ccsdk.core.spi.")), names.toString());
  }
}
