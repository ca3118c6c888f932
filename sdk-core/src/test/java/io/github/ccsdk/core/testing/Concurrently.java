package io.github.ccsdk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs one task on many threads that start together, for single-flight tests: {@link #awaitParked}
 * lets a test hold a server answer until every other caller is blocked waiting, so the callers
 * really do overlap.
 */
public final class Concurrently<T> {
  private final List<Thread> threads = new ArrayList<>();
  private final List<FutureTask<T>> tasks = new ArrayList<>();
  private final AtomicInteger running = new AtomicInteger();

  private Concurrently(int callers, Callable<T> task) {
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < callers; i++) {
      FutureTask<T> future =
          new FutureTask<>(
              () -> {
                start.await();
                running.incrementAndGet();
                return task.call();
              });
      Thread thread = new Thread(future, "caller-" + i);
      thread.setDaemon(true);
      tasks.add(future);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    start.countDown();
  }

  /** Starts {@code callers} threads running {@code task} at once. */
  public static <T> Concurrently<T> start(int callers, Callable<T> task) {
    return new Concurrently<>(callers, task);
  }

  /**
   * Waits until every caller runs its task and at least {@code count} of them are parked or blocked
   * (waiting on a lock or a future), or until {@code giveUp} says waiting is pointless (the code
   * under test is already doing what the test checks against, so its assertion can fail at once).
   * No deadline of its own: the test's {@code @Timeout} guards against a hang.
   */
  public void awaitParked(int count, BooleanSupplier giveUp) throws InterruptedException {
    while ((running.get() < threads.size() || parked() < count) && !giveUp.getAsBoolean()) {
      Thread.sleep(1);
    }
  }

  private int parked() {
    return parked(threads);
  }

  /** How many of {@code threads} are waiting or blocked. */
  public static int parked(java.util.Collection<Thread> threads) {
    int n = 0;
    for (Thread t : threads) {
      Thread.State state = t.getState();
      if (state == Thread.State.WAITING || state == Thread.State.BLOCKED) {
        n++;
      }
    }
    return n;
  }

  /** Every caller's result, in start order; rethrows the first failure. */
  public List<T> results() throws InterruptedException, ExecutionException {
    List<T> out = new ArrayList<>();
    for (FutureTask<T> task : tasks) {
      out.add(task.get());
    }
    return out;
  }
}
