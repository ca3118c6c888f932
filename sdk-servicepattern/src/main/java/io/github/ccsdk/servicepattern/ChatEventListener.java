package io.github.ccsdk.servicepattern;

import io.github.ccsdk.servicepattern.model.ChatEvent;
import java.util.Optional;

/**
 * Receives the events of a chat, in order, on the stream's own thread (see {@link Chat#listen}).
 * Keep the callbacks short: the next event waits for the previous one.
 */
@FunctionalInterface
public interface ChatEventListener {
  /**
   * One event from the server: a generated event class, or {@link ChatEvent.Unknown} holding the
   * raw JSON of an event type this SDK does not know. An exception thrown here ends the stream.
   */
  void onEvent(ChatEvent event);

  /**
   * The stream ended (called once, after the last event): why, and for {@link
   * ChatEventStream.End#FAILED} what failed.
   */
  default void onEnd(ChatEventStream.End end, Optional<RuntimeException> failure) {}
}
