package io.github.ccsdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.conformance.ReplayServer;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The extension's lifecycle and errors, by running test classes of its own through JUnit. */
class ReplayExtensionTest {
  @Test
  void serverStopsAfterTheClass() throws Exception {
    TestExecutionSummary summary = run(OneServer.class);
    assertEquals(List.of(), summary.getFailures().stream().map(f -> f.getException()).toList());
    assertEquals(3, summary.getTestsSucceededCount());
    assertNotNull(OneServer.url);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create(OneServer.url + "/")).build();
    assertThrows(
        ConnectException.class, () -> http.send(request, HttpResponse.BodyHandlers.discarding()));
  }

  @Test
  void anotherVendorsClientIsNamed() {
    Throwable e = failure(run(WrongVendor.class));
    assertInstanceOf(ParameterResolutionException.class, e);
    assertTrue(
        e.getMessage().contains("replays ContactNow (@CcsdkReplay(CONTACTNOW))"), e.getMessage());
    assertTrue(e.getMessage().contains("needs @CcsdkReplay(COMM100)"), e.getMessage());
  }

  @Test
  void missingHarIsNamed() {
    Throwable e = failure(run(MissingHar.class));
    assertInstanceOf(ExtensionConfigurationException.class, e);
    assertTrue(
        e.getMessage().endsWith("no class path resource recordings/nope.har"), e.getMessage());
  }

  @Test
  void readmeShowsTheExample() throws IOException {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/com/example/LeadsTest.java"), Path.of("../README.md"));
  }

  private static TestExecutionSummary run(Class<?> type) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(),
            listener);
    return listener.getSummary();
  }

  private static Throwable failure(TestExecutionSummary summary) {
    assertEquals(
        1,
        summary.getFailures().size(),
        () -> summary.getFailures().stream().map(f -> f.getException()).toList().toString());
    return summary.getFailures().get(0).getException();
  }

  /** One server for every test of the class, nested ones included. */
  @CcsdkReplay(Vendor.CONTACTNOW)
  static class OneServer {
    static String url;

    @BeforeAll
    static void start(ReplayServer server) {
      url = server.url();
    }

    @Test
    void first(ContactNowClient contactNow) {
      assertEquals(2, contactNow.outcomeCodes().list().items().size());
    }

    @Test
    void second(ReplayServer server, ContactNowClient contactNow) {
      assertEquals(url, server.url());
      assertEquals(2, contactNow.outcomeCodes().list().total());
    }

    @Nested
    class Inner {
      @Test
      void same(ReplayServer server) {
        assertEquals(url, server.url());
      }
    }
  }

  @CcsdkReplay(Vendor.CONTACTNOW)
  static class WrongVendor {
    @Test
    void test(Comm100Client comm100) {}
  }

  @CcsdkReplay(value = Vendor.CONTACTNOW, hars = "recordings/nope.har")
  static class MissingHar {
    @Test
    void test() {}
  }
}
