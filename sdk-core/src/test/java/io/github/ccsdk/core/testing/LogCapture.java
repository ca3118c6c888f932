package io.github.ccsdk.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The lines an SDK logs through SLF4J (Logback on the test class path) to {@code io.github.ccsdk},
 * from {@link #start} to {@link #close}, as an application's logging setup receives them; tests
 * check with it what is logged and that no secret ever is.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.ccsdk");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level before;

  private LogCapture(Level level) {
    before = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(level);
  }

  /** Captures every line, TRACE and above. */
  public static LogCapture start() {
    return start("TRACE");
  }

  /** Captures lines at {@code level} ("DEBUG", "TRACE") and above. */
  public static LogCapture start(String level) {
    return new LogCapture(Level.toLevel(level));
  }

  /** The messages so far, in order. */
  public List<String> lines() {
    return List.copyOf(appender.list).stream()
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.toList());
  }

  /** Everything logged so far as one text. */
  public String text() {
    return String.join("\n", lines());
  }

  /** The messages containing {@code part}. */
  public List<String> linesWith(String part) {
    return lines().stream().filter(l -> l.contains(part)).collect(Collectors.toList());
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(before);
  }
}
