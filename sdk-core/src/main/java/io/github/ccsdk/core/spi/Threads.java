package io.github.ccsdk.core.spi;

import java.lang.reflect.Method;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads the runtime starts (async calls, event listeners): virtual threads where the JDK has
 * them (21 and later), daemon platform threads otherwise. Public for the SDKs.
 */
public final class Threads {
  private static final ThreadFactory VIRTUAL = virtualFactory();

  private Threads() {}

  /** Whether {@link #defaults(String)} makes virtual threads on this JDK. */
  public static boolean virtual() {
    return VIRTUAL != null;
  }

  /**
   * The default factory: virtual threads named {@code prefix-N} on JDK 21+, daemon platform threads
   * of that name otherwise, so that a forgotten listener never keeps the JVM alive.
   */
  public static ThreadFactory defaults(String prefix) {
    Objects.requireNonNull(prefix, "prefix == null");
    AtomicLong count = new AtomicLong();
    return task -> {
      String name = prefix + "-" + count.incrementAndGet();
      Thread thread;
      if (VIRTUAL != null) {
        thread = VIRTUAL.newThread(task);
      } else {
        thread = new Thread(task);
        thread.setDaemon(true);
      }
      thread.setName(name);
      return thread;
    };
  }

  /**
   * {@code Thread.ofVirtual().factory()}, found without compiling against JDK 21, or null. Plain
   * reflection, not method handles: where the JDK (or Android) has no virtual threads, the lookup
   * fails before anything is called, and the class links on Android API 26 (the animal-sniffer
   * check).
   */
  private static ThreadFactory virtualFactory() {
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      Method factory = Class.forName("java.lang.Thread$Builder").getMethod("factory");
      return (ThreadFactory) factory.invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null; // JDK 17-20 and Android: no virtual threads; JDK 19-20 refuse the preview
    }
  }
}
