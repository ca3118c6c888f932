package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.testing.SpecWireTests;
import io.github.ccsdk.core.testing.WireServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every operation of specs/servicepattern.yaml, on the wire, from the spec's examples. */
class ServicePatternWireTest {
  private static WireServer SERVER;

  @BeforeAll
  static void start() throws IOException {
    SERVER = WireServer.start();
  }

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @TestFactory
  Stream<DynamicTest> everyOperation() {
    ServicePatternClient client =
        ServicePatternClient.builder()
            .baseUrl(SERVER.url())
            .appId("1a2c26b0-b065-4f27-8696-cbac8f03bb57")
            .clientId("WebChat")
            .tenantUrl("yourcompany.brightpattern.com")
            .build();
    return SpecWireTests.forSpec(
        Path.of("../specs/servicepattern.yaml"),
        client,
        SERVER,
        Map.of("tenantUrl", "yourcompany.brightpattern.com"),
        Map.of("User-Agent", "MobileClient"));
  }

  /** Every operation's decoder, fed seeded mutations of its example answer: decoded or typed. */
  @TestFactory
  Stream<DynamicTest> everyOperationDecodesFuzzedAnswers() {
    ServicePatternClient client =
        ServicePatternClient.builder()
            .baseUrl(SERVER.url())
            .appId("1a2c26b0-b065-4f27-8696-cbac8f03bb57")
            .clientId("WebChat")
            .tenantUrl("yourcompany.brightpattern.com")
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(5))
            .build();
    return SpecWireTests.fuzz(
        Path.of("../specs/servicepattern.yaml"),
        client,
        SERVER,
        ServicePatternException.class,
        0x5eedL);
  }
}
