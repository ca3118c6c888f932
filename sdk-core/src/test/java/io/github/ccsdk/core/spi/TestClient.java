package io.github.ccsdk.core.spi;

import io.github.ccsdk.core.testing.WireServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SDK client builder, as an SDK would write one, with the test seams at hand; public for
 * the tests of the user package.
 */
public final class TestClient extends AbstractClientBuilder<TestClient, ApiFactory> {
  /** Every wait the retryer asked for; nothing really sleeps. */
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** Every log line. */
  public final List<String> log = new CopyOnWriteArrayList<>();

  public TestClient() {
    exceptionFactory(TestException.FACTORY);
    sleeper(sleeps::add);
    log(Log.lines(log::add));
    logLevel(io.github.ccsdk.core.LogLevel.NONE);
    random(() -> 0.5);
  }

  public static TestClient forServer(WireServer server) {
    return new TestClient().baseUrl(server.url());
  }

  @Override
  public ApiFactory build() {
    return apiFactory();
  }

  public <T> T create(Class<T> api) {
    return build().create(api);
  }
}
