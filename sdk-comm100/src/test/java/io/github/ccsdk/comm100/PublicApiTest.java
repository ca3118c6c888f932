package io.github.ccsdk.comm100;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ccsdk.core.testing.PublicApi;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK's public surface: plain Java over the runtime, no Feign, short argument lists. */
class PublicApiTest {
  private static final PublicApi API =
      PublicApi.of(Path.of("target", "classes"), "io.github.ccsdk.comm100");

  @Test
  void noFeignTypeInAnyPublicSignature() {
    assertEquals(List.of(), API.signaturesNaming("feign."));
  }

  @Test
  void noPublicMethodTakesMoreThanThreeArguments() {
    assertEquals(List.of(), API.methodsWithMoreParametersThan(3));
  }
}
