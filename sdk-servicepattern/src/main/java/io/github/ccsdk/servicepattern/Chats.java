package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.RequestOptions;
import io.github.ccsdk.servicepattern.api.ChatsService;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import io.github.ccsdk.servicepattern.model.ChatSession;
import java.util.UUID;

/**
 * The chats service with the chat lifecycle: {@link #start} and {@link #resume} give a {@link Chat}
 * to send messages, files and forms and to receive the agent's events.
 */
public interface Chats extends ChatsService {
  /**
   * Requests a chat (or gets this client's chat in progress, see {@link ChatSession#isNewChat()})
   * and returns it ready to use.
   */
  Chat start(ChatRequest request);

  /**
   * A chat that already exists, by its id: one started before a restart (with the same {@link
   * ServicePatternClient#clientId()}), or the one {@link #getActiveChat()} names. Sends nothing.
   */
  Chat resume(UUID chatId);

  /** These chats with {@code options} over the client's settings for their calls. */
  @Override
  Chats withOptions(RequestOptions options);
}
