package io.github.ccsdk.core.spi;

import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Runs the blocking calls of a service asynchronously: each call on a new thread of the client's
 * {@link ThreadFactory}, through the very service a synchronous caller uses, so that both share its
 * authentication (one token renewal for all callers), retries, typed errors and redaction. The
 * generated {@code …ServiceAsync} implementations delegate every method here.
 *
 * <p><b>Threads.</b> A thread per call, started when the call is made; there is no queue and no
 * pool. With the default factory ({@link Threads#defaults}) these are virtual threads on JDK 21 and
 * later, so that a thousand calls in flight hold a thousand cheap virtual threads, not a thousand
 * platform threads, and a retry's backoff sleeps on its virtual thread: it parks no platform
 * thread, so there is nothing to gain from a scheduler. On JDK 17 to 20 each call in flight holds
 * one daemon platform thread until it completes.
 *
 * <p><b>Results.</b> The future completes with what the synchronous call answers, or exceptionally
 * with exactly what it throws (the SDK's typed exception): {@code get()} throws an {@code
 * ExecutionException} and {@code join()} a {@code CompletionException} whose cause is that
 * exception, with no layer of its own in between.
 *
 * <p><b>Cancellation.</b> Like a {@code FutureTask}, the future interrupts its thread when it is
 * completed by anyone else while the call runs: {@code cancel(...)}, {@code complete(...)}, {@code
 * completeExceptionally(...)}, an {@code orTimeout(...)} expiring. The interrupted call stops at
 * its next wait (a retry's backoff) or, with a transport that aborts on interrupt, at once; what it
 * answers then is dropped, and an answer that holds a connection ({@link Closeable}, such as a
 * {@code Download}) is closed. The futures of dependent stages ({@code thenApply}, ...) are plain
 * {@link CompletableFuture}s: cancelling one of them cancels that stage only, not the call behind
 * it; cancel the future the service returned to stop the call.
 *
 * <p>Public for the generated code; users have no use for it.
 */
public final class AsyncCalls {
  private final ThreadFactory threads;

  /** Calls that run on threads of {@code threads}, one new thread per call. */
  public AsyncCalls(ThreadFactory threads) {
    this.threads = Objects.requireNonNull(threads, "threads == null");
  }

  /**
   * Starts {@code call} on a new thread and returns its future at once.
   *
   * @throws RejectedExecutionException if the thread factory gives no thread
   */
  public <T> CompletableFuture<T> call(Supplier<? extends T> call) {
    Objects.requireNonNull(call, "call == null");
    Call<T> future = new Call<>(call);
    Thread thread = threads.newThread(future::run);
    if (thread == null) {
      throw new RejectedExecutionException("the thread factory gave no thread: " + threads);
    }
    future.worker = thread;
    thread.start();
    return future;
  }

  /** Starts {@code call}, which answers nothing, on a new thread; see {@link #call(Supplier)}. */
  public CompletableFuture<Void> run(Runnable call) {
    Objects.requireNonNull(call, "call == null");
    return call(
        () -> {
          call.run();
          return null;
        });
  }

  @Override
  public String toString() {
    return "AsyncCalls(" + threads + ")";
  }

  /**
   * The future of one call: completed by its worker thread, which it interrupts when completed by
   * anyone else first.
   */
  private static final class Call<T> extends CompletableFuture<T> {
    private final Supplier<? extends T> call;

    /** The thread running the call; set before it starts. */
    volatile Thread worker;

    /** True until the call has returned or thrown. */
    private volatile boolean running = true;

    Call(Supplier<? extends T> call) {
      this.call = call;
    }

    void run() {
      T result;
      try {
        if (isDone()) {
          return; // cancelled before the thread got to run
        }
        result = call.get();
      } catch (Throwable e) {
        running = false;
        super.completeExceptionally(e);
        return;
      }
      running = false;
      if (!super.complete(result) && result instanceof Closeable closeable) {
        closeQuietly(closeable); // nobody will read it: free its connection
      }
    }

    @Override
    public boolean complete(T value) {
      return interruptIf(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable ex) {
      return interruptIf(super.completeExceptionally(ex));
    }

    /**
     * Cancels the call: its thread is interrupted whatever {@code mayInterruptIfRunning} says,
     * since nothing else stops an HTTP exchange under way.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return interruptIf(super.cancel(mayInterruptIfRunning));
    }

    @Override
    public void obtrudeValue(T value) {
      super.obtrudeValue(value);
      interruptIf(true);
    }

    @Override
    public void obtrudeException(Throwable ex) {
      super.obtrudeException(ex);
      interruptIf(true);
    }

    /** Dependent stages are plain futures: cancelling one does not reach back to the call. */
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new CompletableFuture<>();
    }

    private boolean interruptIf(boolean completedHere) {
      Thread thread = worker;
      if (completedHere && running && thread != null && thread != Thread.currentThread()) {
        thread.interrupt();
      }
      return completedHere;
    }

    private static void closeQuietly(Closeable closeable) {
      try {
        closeable.close();
      } catch (IOException | RuntimeException e) {
        // the result was dropped; a failure to free it has no one to go to
      }
    }
  }
}
