package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThreadsTest {
  @Test
  void virtualFromJdk21DaemonBefore() throws InterruptedException {
    AtomicReference<String> ran = new AtomicReference<>();
    java.util.concurrent.ThreadFactory factory = Threads.defaults("ccsdk-test");
    Thread thread = factory.newThread(() -> ran.set("yes"));
    assertEquals("ccsdk-test-1", thread.getName());
    assertEquals("ccsdk-test-2", factory.newThread(() -> {}).getName());
    boolean jdk21 = Runtime.version().feature() >= 21;
    assertEquals(jdk21, Threads.virtual());
    // Virtual threads are always daemons; platform ones are made daemons on purpose.
    assertTrue(thread.isDaemon());
    assertEquals(jdk21, !thread.getClass().getName().equals(Thread.class.getName()));
    thread.start();
    thread.join();
    assertEquals("yes", ran.get());
  }
}
