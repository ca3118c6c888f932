package io.github.ccsdk.comm100;

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

/** Every operation of specs/comm100.yaml, on the wire, from the spec's examples. */
class Comm100WireTest {
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
    Comm100Client client =
        Comm100Client.builder()
            .baseUrl(SERVER.url())
            .apiKey("agent@example.com", "not-a-real-key")
            .siteId(10000)
            .build();
    return SpecWireTests.forSpec(
        Path.of("../specs/comm100.yaml"), client, SERVER, Map.of("siteId", "10000"), Map.of());
  }

  /** Every operation's decoder, fed seeded mutations of its example answer: decoded or typed. */
  @TestFactory
  Stream<DynamicTest> everyOperationDecodesFuzzedAnswers() {
    Comm100Client client =
        Comm100Client.builder()
            .baseUrl(SERVER.url())
            .apiKey("agent@example.com", "not-a-real-key")
            .siteId(10000)
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(5))
            .build();
    return SpecWireTests.fuzz(
        Path.of("../specs/comm100.yaml"), client, SERVER, Comm100Exception.class, 0x5eedL);
  }
}
