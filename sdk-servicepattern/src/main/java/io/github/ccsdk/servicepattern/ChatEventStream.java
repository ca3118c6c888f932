package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.servicepattern.model.ChatEvent;
import io.github.ccsdk.servicepattern.model.ChatEventList;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The events of one chat as they happen, from Get New Chat Events (the long poll). Get one from
 * {@link Chat#events()} and read it as a blocking {@link Iterable} (once), or let {@link
 * Chat#listen} call a listener. Close it when done; thread-safe.
 *
 * <p>How it polls: exactly one poll of the chat is outstanding at any time (also across streams and
 * {@link Chat} handles of one client: a new stream waits until the poll of a closed one is cut
 * off); the next poll starts as soon as the previous answers; after a failed poll it waits with
 * exponential backoff and jitter (0.25 s to 30 s), and a success resets the wait. It stops for good
 * when {@code chat_session_ended} arrives (delivered as the last event), when the chat is gone
 * (404, or error 5005), when the credentials are refused (401/403: the stream ends with {@link
 * End#FAILED}), and on {@link #close()}.
 *
 * <p>Every event arrives once and in order, including events that came back in the answer to a
 * {@link Chat#send} call. Events that arrived but were not read before {@link #close()} are kept by
 * the {@link Chat} for its next stream, not dropped. Events wait in memory until read, so read
 * them.
 *
 * <p>Threads: the poller (and a {@link Chat#listen listener}'s dispatcher) come from the builder's
 * {@code threadFactory}: virtual threads on JDK 21 and later, so that a chat holds no platform
 * thread while it waits; daemon platform threads on older JDKs.
 */
public final class ChatEventStream implements Iterable<ChatEvent>, AutoCloseable {
  /** Why a stream ended. */
  public enum End {
    /** {@code chat_session_ended} arrived: the chat is over. */
    CHAT_ENDED,
    /** The server no longer knows the chat (404 or error 5005). */
    CHAT_GONE,
    /** {@link ChatEventStream#close()} was called. */
    CLOSED,
    /** Polling failed for good (see {@link ChatEventStream#failure()}), or the listener threw. */
    FAILED
  }

  private final Chat chat;
  private final Object lock;
  private final Thread poller;

  // Guarded by lock.
  private boolean closed;
  private boolean iterated;
  private End end;
  private RuntimeException failure;

  ChatEventStream(Chat chat) {
    this.chat = chat;
    this.lock = chat.lock;
    this.poller = chat.client().polling().thread(this::poll);
  }

  void start() {
    poller.start();
  }

  /** The events; blocks in {@code hasNext()} until one arrives or the stream ends. Once only. */
  @Override
  public Iterator<ChatEvent> iterator() {
    synchronized (lock) {
      if (iterated) {
        throw new IllegalStateException("a ChatEventStream can be read once");
      }
      iterated = true;
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return awaitEvent();
      }

      @Override
      public ChatEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the stream ended: " + end);
        }
        synchronized (lock) {
          return chat.inbox.poll();
        }
      }
    };
  }

  /** Why the stream ended; empty while it runs. */
  public Optional<End> end() {
    synchronized (lock) {
      return Optional.ofNullable(end);
    }
  }

  /** What made the stream fail ({@link End#FAILED}): the SDK's exception, or the listener's. */
  public Optional<RuntimeException> failure() {
    synchronized (lock) {
      return Optional.ofNullable(failure);
    }
  }

  /**
   * Stops the stream: readers see its end at once, no further poll starts, and a poll under way is
   * cut off (its connection closed) rather than left to run until the server answers or the read
   * timeout. Events the server was sending in a cut-off answer are lost to this client ({@link
   * Chat#history()} has them); an answer that arrived before the cut is kept for the chat's next
   * stream. With the builder's {@code transport(URL_CONNECTION)} a poll cannot be cut off: it then
   * runs until the server answers or the read timeout, and the chat's next stream waits for it.
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (end == null) {
        end = End.CLOSED;
      }
      lock.notifyAll();
    }
    // The poller reads the flag only when it checks for close: an interrupt aborts the exchange
    // under way (the java.net.http transport) or the backoff wait, and the loop then stops.
    if (poller != Thread.currentThread()) {
      poller.interrupt();
    }
  }

  /** True once this stream can deliver nothing more, so the chat may open another. */
  boolean finished() {
    synchronized (lock) {
      return closed || end != null || failure != null;
    }
  }

  /** The listener threw: the stream fails with that, and stops. */
  void abort(RuntimeException e) {
    synchronized (lock) {
      if (failure == null) {
        failure = e;
      }
      end = End.FAILED;
      closed = true;
      lock.notifyAll();
    }
  }

  /** Blocks until an event is waiting (true) or the stream has ended (false). */
  private boolean awaitEvent() {
    synchronized (lock) {
      while (true) {
        if (closed) {
          return false;
        }
        if (!chat.inbox.isEmpty()) {
          return true;
        }
        if (chat.ended != null) {
          end = chat.ended;
          return false;
        }
        if (failure != null) {
          end = End.FAILED;
          throw failure;
        }
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // keep the signal; an interrupted reader stops
          close();
          return false;
        }
      }
    }
  }

  /** The poller thread: one poll at a time, each right after the previous one. */
  private void poll() {
    Thread self = Thread.currentThread();
    Thread previous = chat.client().pollers.put(chat.id(), self);
    try {
      if (previous != null) {
        previous.join(); // the previous stream's last poll must end first (close() cuts it off)
      }
      int failures = 0;
      while (running()) {
        List<ChatEvent> batch;
        try {
          Response<ChatEventList> answer =
              chat.client().chatEvents().withRawResponse().getNewChatEvents(chat.id());
          batch =
              answer.body() == null ? List.of() : answer.body()._events().value().orElse(List.of());
          failures = 0;
        } catch (ServicePatternException e) {
          if (!running()) {
            return; // closed: the poll was cut off on purpose
          }
          String code = e.details().vendorCode().orElse("");
          if (e.kind() == ApiException.Kind.NOT_FOUND || code.equals("5005")) {
            chat.markEnded(End.CHAT_GONE);
            return;
          }
          if (e.kind() == ApiException.Kind.UNAUTHORIZED
              || e.kind() == ApiException.Kind.FORBIDDEN) {
            fail(e);
            return;
          }
          if (code.equals("5511")) {
            failures = 0; // "No events": an empty answer by another name
            continue;
          }
          failures++;
          if (!pause(chat.client().polling().backoff(failures))) {
            return;
          }
          continue;
        } catch (RuntimeException e) {
          if (!running()) {
            return;
          }
          fail(e); // a bug, not an outage: polling on would only repeat it
          return;
        }
        chat.deliver(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // nobody waits for this thread's status; just stop
    } finally {
      chat.client().pollers.remove(chat.id(), self);
    }
  }

  private boolean running() {
    synchronized (lock) {
      return !closed && chat.ended == null && failure == null;
    }
  }

  private void fail(RuntimeException e) {
    synchronized (lock) {
      failure = e;
      lock.notifyAll();
    }
  }

  /** Waits after a failed poll, cut short by close(); false if the stream should stop. */
  private boolean pause(Duration wait) throws InterruptedException {
    synchronized (lock) {
      if (closed) {
        return false;
      }
      chat.client().polling().sleeper().sleep(lock, wait);
      return !closed;
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "ChatEventStream{chat=" + chat.id() + (end != null ? ", end=" + end : "") + '}';
    }
  }
}
