package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AsyncCallsTest {
  /** A typed failure of the kind an SDK throws. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** The threads the calls ran on, made by {@link Threads#defaults}. */
  private final List<Thread> made = new CopyOnWriteArrayList<>();

  private final ThreadFactory factory =
      task -> {
        Thread thread = Threads.defaults("async-test").newThread(task);
        made.add(thread);
        return thread;
      };

  private final AsyncCalls calls = new AsyncCalls(factory);

  @Test
  void answersTheResultOnAThreadOfTheFactory() throws Exception {
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    CompletableFuture<String> future =
        calls.call(
            () -> {
              ranOn.set(Thread.currentThread());
              return "visitor 1";
            });
    assertEquals("visitor 1", future.get(10, TimeUnit.SECONDS));
    assertEquals(List.of(ranOn.get()), made);
    assertTrue(ranOn.get().getName().startsWith("async-test-"));
    assertTrue(ranOn.get().isDaemon());
    assertNull(calls.run(() -> {}).get(10, TimeUnit.SECONDS));
    assertEquals(2, made.size(), "one new thread per call");
  }

  @Test
  void failsWithTheCallsOwnExceptionUnwrapped() {
    Refused refused = new Refused("404 Not Found");
    CompletableFuture<String> future =
        calls.call(
            () -> {
              throw refused;
            });
    ExecutionException viaGet =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertSame(refused, viaGet.getCause());
    CompletionException viaJoin = assertThrows(CompletionException.class, future::join);
    assertSame(refused, viaJoin.getCause());
    assertTrue(future.isCompletedExceptionally());
    CompletableFuture<Void> run =
        calls.run(
            () -> {
              throw refused;
            });
    assertSame(refused, assertThrows(CompletionException.class, run::join).getCause());
  }

  @Test
  void cancelInterruptsTheCall() throws Exception {
    Blocking blocking = new Blocking();
    CompletableFuture<String> future = calls.call(blocking);
    blocking.started.await(10, TimeUnit.SECONDS);
    assertTrue(future.cancel(false), "interrupts even without mayInterruptIfRunning");
    assertTrue(blocking.interrupted.await(10, TimeUnit.SECONDS));
    assertThrows(CancellationException.class, future::join);
    assertTrue(future.isCancelled());
  }

  @Test
  void anExpiredTimeoutInterruptsTheCall() throws Exception {
    Blocking blocking = new Blocking();
    CompletableFuture<String> future = calls.call(blocking);
    // Set once the call runs: on a loaded machine a timeout set at once can expire before the
    // call's thread starts, and then the call is skipped, never interrupted.
    assertTrue(blocking.started.await(10, TimeUnit.SECONDS));
    future.orTimeout(50, TimeUnit.MILLISECONDS);
    assertTrue(blocking.interrupted.await(10, TimeUnit.SECONDS));
    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertTrue(e.getCause() instanceof TimeoutException, e.toString());
  }

  @Test
  void completionByOthersInterruptsTheCall() throws Exception {
    Blocking first = new Blocking();
    CompletableFuture<String> completed = calls.call(first);
    first.started.await(10, TimeUnit.SECONDS);
    assertTrue(completed.complete("from the cache"));
    assertTrue(first.interrupted.await(10, TimeUnit.SECONDS));
    assertEquals("from the cache", completed.join());

    Blocking second = new Blocking();
    CompletableFuture<String> failed = calls.call(second);
    second.started.await(10, TimeUnit.SECONDS);
    assertTrue(failed.completeExceptionally(new Refused("gave up")));
    assertTrue(second.interrupted.await(10, TimeUnit.SECONDS));
  }

  @Test
  void aCloseableResultArrivingAfterCancelIsClosed() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean closed = new AtomicBoolean();
    CountDownLatch closing = new CountDownLatch(1);
    Closeable download =
        () -> {
          closed.set(true);
          closing.countDown();
        };
    CompletableFuture<Closeable> future =
        calls.call(
            () -> {
              started.countDown();
              // A transport that ignores the interrupt: the answer comes anyway.
              while (true) {
                try {
                  release.await();
                  return download;
                } catch (InterruptedException e) {
                  // keep waiting, as a blocking read would
                }
              }
            });
    started.await(10, TimeUnit.SECONDS);
    future.cancel(true);
    release.countDown();
    assertTrue(closing.await(10, TimeUnit.SECONDS), "the dropped download was closed");
    assertTrue(closed.get());
  }

  @Test
  void aCloseableResultThatArrivesIsNotClosed() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    Closeable download = () -> closed.set(true);
    assertSame(download, calls.call(() -> download).get(10, TimeUnit.SECONDS));
    for (Thread thread : made) {
      thread.join(10_000);
    }
    assertFalse(closed.get());
  }

  @Test
  void cancellingADependentLeavesTheCallRunning() throws Exception {
    Blocking blocking = new Blocking();
    CompletableFuture<String> call = calls.call(blocking);
    CompletableFuture<Integer> length = call.thenApply(String::length);
    assertEquals(CompletableFuture.class, length.getClass(), "dependents are plain futures");
    blocking.started.await(10, TimeUnit.SECONDS);
    assertTrue(length.cancel(true));
    assertFalse(call.isDone());
    assertFalse(blocking.interrupted.await(100, TimeUnit.MILLISECONDS));
    blocking.answer.countDown();
    assertEquals("answer", call.get(10, TimeUnit.SECONDS));

    CompletableFuture<Integer> chained = calls.call(() -> "four").thenApply(String::length);
    assertEquals(4, chained.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aFactoryThatGivesNoThreadIsRefusedAtOnce() {
    AsyncCalls none = new AsyncCalls(task -> null);
    assertThrows(RejectedExecutionException.class, () -> none.call(() -> "x"));
  }

  /** A call that waits for {@link #answer} and notes being interrupted. */
  private static final class Blocking implements java.util.function.Supplier<String> {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch answer = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public String get() {
      started.countDown();
      try {
        answer.await();
        return "answer";
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw new Refused("interrupted");
      }
    }
  }
}
