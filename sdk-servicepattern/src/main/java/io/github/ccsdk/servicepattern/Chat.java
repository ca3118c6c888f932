package io.github.ccsdk.servicepattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.servicepattern.model.CaseSession;
import io.github.ccsdk.servicepattern.model.ChatEvent;
import io.github.ccsdk.servicepattern.model.ChatEventList;
import io.github.ccsdk.servicepattern.model.ChatFileType;
import io.github.ccsdk.servicepattern.model.ChatSession;
import io.github.ccsdk.servicepattern.model.ChatSessionDisconnectEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionEndEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionEndedEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionFileEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionFormDataEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionMessageEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionNotTypingEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionTypingEvent;
import io.github.ccsdk.servicepattern.model.FileUploadResult;
import io.github.ccsdk.servicepattern.model.NotificationSubscription;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One chat session of a {@link ServicePatternClient}: send messages, typing notices, form data and
 * files, end it, and receive the server's events with {@link #events()} or {@link #listen}.
 * Thread-safe.
 *
 * <p>Get one from {@link Chats#start} or, for a chat that already exists, {@link
 * Chats#resume(UUID)} (both on {@link ServicePatternClient#chats()}). Server events that come back
 * in the answer to a send are delivered through the event stream like polled ones, so none is
 * missed.
 */
public final class Chat {
  private final ServicePatternClient client;
  private final UUID id;
  private final ChatSession session;

  /** Guards the inbox, the end of the chat and the streams' state. */
  final Object lock = new Object();

  // Guarded by lock.
  final ArrayDeque<ChatEvent> inbox = new ArrayDeque<>();
  ChatEventStream.End ended;
  private ChatEventStream stream;

  Chat(ServicePatternClient client, UUID id, ChatSession session) {
    this.client = client;
    this.id = id;
    this.session = session;
  }

  /** The chat id. */
  public UUID id() {
    return id;
  }

  /**
   * What Request Chat answered (state, estimated wait, whether the chat is new); empty for a chat
   * got by id.
   */
  public Optional<ChatSession> session() {
    return Optional.ofNullable(session);
  }

  /** Sends a text message; returns its {@code msg_id}, which delivered/read events refer to. */
  public String sendMessage(String text) {
    Objects.requireNonNull(text, "text == null");
    String msgId = newMessageId();
    send(
        ChatSessionMessageEvent.builder()
            .event("chat_session_message")
            .msgId(msgId)
            .msg(text)
            .build());
    return msgId;
  }

  /** Tells the agent the customer is typing. */
  public void typing() {
    send(ChatSessionTypingEvent.builder().event("chat_session_typing").build());
  }

  /** Tells the agent the customer stopped typing. */
  public void notTyping() {
    send(ChatSessionNotTypingEvent.builder().event("chat_session_not_typing").build());
  }

  /**
   * Answers a {@code chat_session_form_show} event with the form's values.
   *
   * @param formRequestId the {@code form_request_id} of the form_show event
   * @param formName the {@code form_name} of the form_show event
   * @param data the field values, by field name
   */
  public void sendFormData(String formRequestId, String formName, Map<String, String> data) {
    Objects.requireNonNull(formRequestId, "formRequestId == null");
    Objects.requireNonNull(formName, "formName == null");
    Objects.requireNonNull(data, "data == null");
    Map<String, JsonNode> values = new LinkedHashMap<>();
    data.forEach(
        (name, value) ->
            values.put(
                Objects.requireNonNull(name, "a field name is null"),
                TextNode.valueOf(
                    Objects.requireNonNull(value, "the value of " + name + " is null"))));
    send(
        ChatSessionFormDataEvent.builder()
            .event("chat_session_form_data")
            .formRequestId(formRequestId)
            .formName(formName)
            .data(values)
            .build());
  }

  /** Ends the chat session. The server then sends {@code chat_session_ended}. */
  public void end() {
    send(ChatSessionEndEvent.builder().event("chat_session_end").build());
  }

  /**
   * Ends the conversation but leaves the session to the scenario (a survey after the chat, say).
   */
  public void disconnect() {
    send(ChatSessionDisconnectEvent.builder().event("chat_session_disconnect").build());
  }

  /**
   * Uploads a file and announces it in the chat ({@code chat_session_file}): two requests, one
   * call. An {@code image/*} upload is announced as an image, anything else as an attachment.
   * Returns the event sent, with the server's {@code file_id}.
   */
  public ChatSessionFileEvent sendFile(Upload file) {
    Objects.requireNonNull(file, "file == null");
    FileUploadResult uploaded = client.files().uploadFile(p -> p.file(file));
    boolean image = file.contentType().toLowerCase(Locale.ROOT).startsWith("image/");
    ChatSessionFileEvent announced =
        ChatSessionFileEvent.builder()
            .event("chat_session_file")
            .msgId(newMessageId())
            .fileId(uploaded.fileId())
            .fileType(image ? ChatFileType.IMAGE : ChatFileType.ATTACHMENT)
            .fileName(uploaded.fileName().orElse(file.filename()))
            .build();
    send(announced);
    return announced;
  }

  /**
   * Sends client events as they are (for the events without a method here: location, navigation,
   * delivered/read receipts...). Server events in the answer go to the event stream.
   */
  public void send(ChatEvent... events) {
    Objects.requireNonNull(events, "events == null");
    if (events.length == 0) {
      throw new IllegalArgumentException("no events to send");
    }
    Response<ChatEventList> answer =
        client
            .chatEvents()
            .withRawResponse()
            .sendEvents(id, ChatEventList.builder().events(List.of(events)).build());
    // Send Events may answer with an empty body; otherwise it carries new server events.
    if (answer.body() != null) {
      answer.body()._events().value().ifPresent(this::deliver);
    }
  }

  /** A file of the chat (announced by a {@code chat_session_file} event), streamed; close it. */
  public Download file(String fileId) {
    return client.files().getFile(id, Objects.requireNonNull(fileId, "fileId == null"));
  }

  /** An agent's profile photo ({@code party_id} of {@code chat_session_party_joined}); close it. */
  public Download agentPhoto(String partyId) {
    return client
        .files()
        .getAgentProfilePhoto(id, Objects.requireNonNull(partyId, "partyId == null"));
  }

  /**
   * The chat sessions of the CRM case linked to this chat, with their events (API v2; only after a
   * {@code chat_session_case_set} event, otherwise the server answers 406).
   */
  public List<CaseSession> caseHistory() {
    return client.cases().getCaseHistory(id).sessions();
  }

  /**
   * Asks the server to close the CRM case linked to this chat (API v2; only after a {@code
   * chat_session_case_set} event). Sends no body, as the Postman v2 reference and the iOS SDK do.
   */
  public void closeCase() {
    client.cases().closeCase(id);
  }

  /**
   * Subscribes this chat to push notifications (API v2): give one token form, an APNs token with
   * the app's bundle id, or a Firebase token. The token is kept out of logs and recordings.
   */
  public void subscribeNotifications(NotificationSubscription subscription) {
    client
        .notifications()
        .subscribeNotifications(id, Objects.requireNonNull(subscription, "subscription == null"));
  }

  /** Stops push notifications for this chat (API v2): subscribes with an empty object. */
  public void unsubscribeNotifications() {
    subscribeNotifications(NotificationSubscription.builder().build());
  }

  /** Every event of the session so far, client and server ones (order them by timestamp). */
  public List<ChatEvent> history() {
    return client.chatEvents().getChatHistory(id)._events().value().orElse(List.of());
  }

  /**
   * Starts receiving the chat's events, to be read from the returned stream (a blocking {@link
   * Iterable}). One stream of a chat is open at a time; close it to open another.
   *
   * @throws IllegalStateException if a stream of this chat is still open
   */
  public ChatEventStream events() {
    ChatEventStream opened;
    synchronized (lock) {
      if (stream != null && !stream.finished()) {
        throw new IllegalStateException("a stream of this chat is open; close it first");
      }
      opened = new ChatEventStream(this);
      stream = opened;
    }
    opened.start();
    return opened;
  }

  /**
   * Starts receiving the chat's events by callback, on a thread of the stream's own (from the
   * builder's {@code threadFactory}: virtual on JDK 21 and later). Returns the stream, to {@link
   * ChatEventStream#close() close} it.
   *
   * @throws IllegalStateException if a stream of this chat is still open
   */
  public ChatEventStream listen(ChatEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    ChatEventStream events = events();
    Thread dispatcher =
        client
            .polling()
            .thread(
                () -> {
                  try {
                    for (ChatEvent event : events) {
                      listener.onEvent(event);
                    }
                  } catch (RuntimeException e) {
                    events.abort(e);
                  }
                  listener.onEnd(events.end().orElse(ChatEventStream.End.CLOSED), events.failure());
                });
    dispatcher.start();
    return events;
  }

  ServicePatternClient client() {
    return client;
  }

  /** Adds server events for the stream, in order; {@code chat_session_ended} ends the chat. */
  void deliver(List<ChatEvent> events) {
    synchronized (lock) {
      for (ChatEvent event : events) {
        inbox.add(Objects.requireNonNull(event, "the server sent a null event"));
        if (event instanceof ChatSessionEndedEvent) {
          ended = ChatEventStream.End.CHAT_ENDED;
        }
      }
      lock.notifyAll();
    }
  }

  /** The chat is over: streams deliver what is waiting, then end. */
  void markEnded(ChatEventStream.End why) {
    synchronized (lock) {
      if (ended == null) {
        ended = why;
      }
      lock.notifyAll();
    }
  }

  /** A UUID, as the official SDKs send: unique without a counter to keep across restarts. */
  private static String newMessageId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public String toString() {
    return "Chat{id=" + id + '}';
  }
}
