package io.github.ccsdk.micrometer;

import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Metrics and tracing" example, compiled so that it cannot rot. */
class ReadmeExampleTest {
  static Comm100Client example(MeterRegistry meterRegistry) {
    // README:start
    ObservationRegistry registry = ObservationRegistry.create(); // or your application's
    registry
        .observationConfig()
        .observationHandler(new DefaultMeterObservationHandler(meterRegistry));
    Comm100Client comm100 =
        Comm100Client.builder()
            .platform(1)
            .apiKey("agent@example.com", System.getenv("COMM100_API_KEY"))
            .listener(ObservationListener.of(registry))
            .build();
    // README:end
    return comm100;
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/micrometer/ReadmeExampleTest.java"),
        Path.of("../README.md"));
  }
}
