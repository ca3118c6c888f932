package io.github.ccsdk.micrometer;

import io.github.ccsdk.core.testing.PublicApi;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's public surface: plain Java and Micrometer, no Feign, short argument lists. */
class PublicApiTest {
  @Test
  void isPlainJavaWithShortArgumentLists() {
    PublicApi.of(Path.of("target", "classes"), "io.github.ccsdk.micrometer").assertSdkSurface();
  }
}
