package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.testing.PublicApi;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The SDK's public surface: plain Java over the runtime, no Feign, short argument lists. */
class PublicApiTest {
  @Test
  void isPlainJavaWithShortArgumentLists() {
    PublicApi.of(Path.of("target", "classes"), "io.github.ccsdk.servicepattern").assertSdkSurface();
  }
}
