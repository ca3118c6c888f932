package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import feign.RequestLine;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.testing.WireServer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log backend: SLF4J when present, lines at DEBUG, headers and bodies at TRACE. */
class LogTest {
  interface Api {
    @RequestLine("GET /visitors")
    List<Visitor> list();
  }

  @Test
  void theBackendIsTheFirstPresent() {
    assertEquals("SLF4J", Log.Backends.choose(name -> true).toString());
    assertEquals(
        "System.Logger", Log.Backends.choose(name -> !name.startsWith("org.slf4j")).toString());
    assertEquals(
        "java.util.logging", Log.Backends.choose(name -> false).toString(), "as on Android");
    assertEquals("SLF4J", Log.standard().toString(), "SLF4J is on this test class path");
  }

  @Test
  void exchangeLinesAtDebugHeadersAndBodiesAtTrace() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(Log.NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    Level before = logger.getLevel();
    try (WireServer server = WireServer.start(WireServer.json(200, "[{\"name\":\"Ann\"}]"))) {
      Api api =
          TestClient.forServer(server)
              .log(Log.standard())
              .logLevel(LogLevel.FULL)
              .defaultHeader("Authorization", "Bearer tok-1")
              .create(Api.class);

      logger.setLevel(Level.DEBUG);
      api.list();
      assertEquals(Set.of(Level.DEBUG), levels(appender), lines(appender));
      assertEquals(2, appender.list.size(), "request and response lines: " + lines(appender));
      assertTrue(appender.list.get(0).getFormattedMessage().contains("---> GET "));
      assertTrue(appender.list.get(1).getFormattedMessage().contains("<--- 200 "));

      appender.list.clear();
      logger.setLevel(Level.TRACE);
      api.list();
      String all = lines(appender);
      assertEquals(Set.of(Level.DEBUG, Level.TRACE), levels(appender), all);
      assertTrue(all.contains("Authorization: Bearer REDACTED"), all);
      assertTrue(all.contains("[{\"name\":\"Ann\"}]"), all);
      assertTrue(!all.contains("tok-1"), all);

      appender.list.clear();
      logger.setLevel(Level.INFO);
      api.list();
      assertEquals(List.of(), appender.list, "nothing below the logger's level");
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(before);
    }
  }

  private static Set<Level> levels(ListAppender<ILoggingEvent> appender) {
    return appender.list.stream().map(ILoggingEvent::getLevel).collect(Collectors.toSet());
  }

  private static String lines(ListAppender<ILoggingEvent> appender) {
    return appender.list.stream()
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.joining("\n"));
  }
}
