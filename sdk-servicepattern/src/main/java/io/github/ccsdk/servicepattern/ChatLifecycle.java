package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.RequestOptions;
import io.github.ccsdk.servicepattern.api.ChatsService;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import io.github.ccsdk.servicepattern.model.ChatSession;
import io.github.ccsdk.servicepattern.model.SmsChatRequest;
import io.github.ccsdk.servicepattern.model.SmsChatResult;
import java.util.Objects;
import java.util.UUID;

/** {@link Chats}: the generated chats service, plus starting and resuming chats. */
final class ChatLifecycle implements Chats {
  private final ServicePatternClient client;
  private final ChatsService service;

  ChatLifecycle(ServicePatternClient client, ChatsService service) {
    this.client = client;
    this.service = service;
  }

  @Override
  public Chat start(ChatRequest request) {
    Objects.requireNonNull(request, "request == null");
    return client.start(service.withRawResponse().requestChat(request));
  }

  @Override
  public Chat resume(UUID chatId) {
    return new Chat(client, Objects.requireNonNull(chatId, "chatId == null"), null);
  }

  @Override
  public WithRawResponse withRawResponse() {
    return service.withRawResponse();
  }

  @Override
  public Chats withOptions(RequestOptions options) {
    return new ChatLifecycle(client, service.withOptions(options));
  }

  @Override
  public ChatSession getActiveChat() {
    return service.getActiveChat();
  }

  @Override
  public ChatSession requestChat(ChatRequest request) {
    return service.requestChat(request);
  }

  @Override
  public SmsChatResult requestSmsChat(SmsChatRequest request) {
    return service.requestSmsChat(request);
  }
}
