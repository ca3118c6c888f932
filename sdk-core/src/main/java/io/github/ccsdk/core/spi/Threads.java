package io.github.ccsdk.core.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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

  /** {@code Thread.ofVirtual().factory()}, found without compiling against JDK 21, or null. */
  private static ThreadFactory virtualFactory() {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> builder = Class.forName("java.lang.Thread$Builder");
      MethodHandle ofVirtual =
          lookup.findStatic(
              Thread.class,
              "ofVirtual",
              MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual")));
      MethodHandle factory =
          lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
      return (ThreadFactory) factory.invoke(ofVirtual.invoke());
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      return null; // JDK 17-20: no virtual threads (or only as a preview)
    } catch (Throwable e) {
      return null; // a preview-only JDK refuses the call: same answer
    }
  }
}
