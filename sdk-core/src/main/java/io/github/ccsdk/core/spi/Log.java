package io.github.ccsdk.core.spi;

import java.util.function.Consumer;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * Where the runtime's log lines go, under the logger name {@value #NAME}: SLF4J when its API is on
 * the class path, else {@code System.Logger}, else {@code java.util.logging} (Android has neither
 * of the first two by default). Chosen on first use, never while a class loads.
 */
interface Log {
  /** The logger name. */
  String NAME = "io.github.ccsdk";

  /** The levels the runtime logs at. */
  enum Level {
    /** Something went wrong outside a call's own result (a recording that cannot be written). */
    WARN,
    /** One line per exchange and per failed call. */
    DEBUG,
    /** Headers and bodies. */
    TRACE
  }

  /** Whether lines of {@code level} are kept; check before building a line. */
  boolean enabled(Level level);

  /** Logs {@code line}, which the caller has already redacted. */
  void log(Level level, String line);

  /** The backend of this runtime, chosen once. */
  static Log standard() {
    return Backends.STANDARD;
  }

  /** A log that hands every line at every level to {@code sink} (tests). */
  static Log lines(Consumer<String> sink) {
    return new Log() {
      @Override
      public boolean enabled(Level level) {
        return true;
      }

      @Override
      public void log(Level level, String line) {
        sink.accept(line);
      }
    };
  }

  /** The backends; this class loads only when {@link #standard()} is first called. */
  final class Backends {
    static final Log STANDARD = choose(Transports::available);

    private Backends() {}

    /** The backend for the classes {@code present} says exist. */
    static Log choose(java.util.function.Predicate<String> present) {
      if (present.test("org.slf4j.LoggerFactory")) {
        return new Slf4j();
      }
      if (present.test("java.lang.System$Logger")) {
        return new SystemLogger();
      }
      return new JavaUtilLogging();
    }
  }

  /** SLF4J: DEBUG and TRACE as they are. */
  final class Slf4j implements Log {
    private final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(NAME);

    @Override
    public boolean enabled(Level level) {
      switch (level) {
        case WARN:
          return logger.isWarnEnabled();
        case DEBUG:
          return logger.isDebugEnabled();
        default:
          return logger.isTraceEnabled();
      }
    }

    @Override
    public void log(Level level, String line) {
      switch (level) {
        case WARN:
          logger.warn(line);
          break;
        case DEBUG:
          logger.debug(line);
          break;
        default:
          logger.trace(line);
      }
    }

    @Override
    public String toString() {
      return "SLF4J";
    }
  }

  /** {@code System.Logger}: the same level names; chosen only where it exists (not Android). */
  @IgnoreJRERequirement
  final class SystemLogger implements Log {
    private final System.Logger logger = System.getLogger(NAME);

    @Override
    public boolean enabled(Level level) {
      return logger.isLoggable(level(level));
    }

    @Override
    public void log(Level level, String line) {
      logger.log(level(level), line);
    }

    private static System.Logger.Level level(Level level) {
      switch (level) {
        case WARN:
          return System.Logger.Level.WARNING;
        case DEBUG:
          return System.Logger.Level.DEBUG;
        default:
          return System.Logger.Level.TRACE;
      }
    }

    @Override
    public String toString() {
      return "System.Logger";
    }
  }

  /** {@code java.util.logging}: WARNING, FINE and FINEST. */
  final class JavaUtilLogging implements Log {
    private final java.util.logging.Logger logger = java.util.logging.Logger.getLogger(NAME);

    @Override
    public boolean enabled(Level level) {
      return logger.isLoggable(level(level));
    }

    @Override
    public void log(Level level, String line) {
      logger.log(level(level), line);
    }

    private static java.util.logging.Level level(Level level) {
      switch (level) {
        case WARN:
          return java.util.logging.Level.WARNING;
        case DEBUG:
          return java.util.logging.Level.FINE;
        default:
          return java.util.logging.Level.FINEST;
      }
    }

    @Override
    public String toString() {
      return "java.util.logging";
    }
  }
}
