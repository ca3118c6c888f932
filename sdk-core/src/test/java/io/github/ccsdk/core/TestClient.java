package io.github.ccsdk.core;

import io.github.ccsdk.core.testing.WireServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A minimal SDK client builder, as an SDK would write one, with the test seams at hand. */
final class TestClient extends AbstractClientBuilder<TestClient, ApiFactory> {
  /** Every wait the retryer asked for; nothing really sleeps. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** Every log line. */
  final List<String> log = new CopyOnWriteArrayList<>();

  TestClient() {
    exceptionFactory(TestException.FACTORY);
    sleeper(sleeps::add);
    logSink(log::add);
    random(() -> 0.5);
  }

  static TestClient forServer(WireServer server) {
    return new TestClient().baseUrl(server.url());
  }

  @Override
  public ApiFactory build() {
    return apiFactory();
  }

  <T> T create(Class<T> api) {
    return build().create(api);
  }
}
