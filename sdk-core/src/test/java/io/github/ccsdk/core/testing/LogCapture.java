package io.github.ccsdk.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the SDKs log to {@code System.Logger} {@code io.github.ccsdk} (the JDK's default
 * backend is java.util.logging), so tests can check that no secret is ever written.
 */
public final class LogCapture implements AutoCloseable {
  // A strong reference: java.util.logging keeps loggers weakly and would forget the handler.
  private final Logger logger = Logger.getLogger("io.github.ccsdk");
  private final Level previous = logger.getLevel();
  private final boolean parentHandlers = logger.getUseParentHandlers();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private LogCapture() {
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false); // captured, not printed on the build's console
    logger.addHandler(handler);
  }

  /** Starts capturing; close to stop. */
  public static LogCapture start() {
    return new LogCapture();
  }

  /** Every line logged so far. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Everything logged so far as one text. */
  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
    logger.setUseParentHandlers(parentHandlers);
  }
}
