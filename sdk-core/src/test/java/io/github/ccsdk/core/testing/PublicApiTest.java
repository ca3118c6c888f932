package io.github.ccsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PublicApiTest {
  private static final PublicApi SAMPLE =
      PublicApi.of(Path.of("target", "test-classes"), "io.github.ccsdk.core.testing.sample");

  @Test
  void findsFeignInSignaturesAndLongArgumentLists() {
    assertEquals(
        1, SAMPLE.signaturesNaming("feign.").size(), SAMPLE.signaturesNaming("feign.").toString());
    assertEquals(1, SAMPLE.methodsWithMoreParametersThan(3).size());
    AssertionError e = assertThrows(AssertionError.class, SAMPLE::assertSdkSurface);
    assertTrue(e.getMessage().contains("Feign in a public signature"), e.getMessage());
    assertTrue(e.getMessage().contains("more than 3 arguments"), e.getMessage());
  }
}
