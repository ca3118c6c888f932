package io.github.ccsdk.contactnow;

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

/** Every operation of specs/contactnow.yaml, on the wire, from the spec's examples. */
class ContactNowWireTest {
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
    ContactNowClient client =
        ContactNowClient.builder().baseUrl(SERVER.url()).token(() -> "test-token").build();
    return SpecWireTests.forSpec(
        Path.of("../specs/contactnow.yaml"),
        client,
        SERVER,
        Map.of("format", "json", "token", "test-token"),
        Map.of());
  }

  /** Every operation's decoder, fed seeded mutations of its example answer: decoded or typed. */
  @TestFactory
  Stream<DynamicTest> everyOperationDecodesFuzzedAnswers() {
    ContactNowClient client =
        ContactNowClient.builder()
            .baseUrl(SERVER.url())
            .token(() -> "test-token")
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(5))
            .build();
    return SpecWireTests.fuzz(
        Path.of("../specs/contactnow.yaml"), client, SERVER, ContactNowException.class, 0x5eedL);
  }
}
