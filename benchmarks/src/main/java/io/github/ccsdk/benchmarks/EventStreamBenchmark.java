package io.github.ccsdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import io.github.ccsdk.servicepattern.Chat;
import io.github.ccsdk.servicepattern.ChatEventStream;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import io.github.ccsdk.servicepattern.model.ChatSessionMessageEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ServicePattern long poll, end to end over loopback: a server answers each events poll at once
 * with one message event, the SDK's listener receives it. Measured per poll (after a warm-up of
 * {@value #WARMUP} polls): the time from the server answering to the listener receiving the event
 * (delivery), and from the server answering one poll to the next poll's request arriving (gap). Not
 * JMH: the quantities are per-event latencies across two threads, taken with System.nanoTime() in
 * one JVM. Usage: EventStreamBenchmark [result.json].
 */
public final class EventStreamBenchmark {
  static final int WARMUP = 2_000;
  static final int POLLS = 12_000;

  private EventStreamBenchmark() {}

  public static void main(String[] args) throws Exception {
    long[] requested = new long[POLLS + 2];
    long[] answered = new long[POLLS + 2];
    long[] received = new long[POLLS + 2];
    AtomicInteger polls = new AtomicInteger();
    UUID chatId = UUID.randomUUID();
    try (LoopbackServer server =
        LoopbackServer.start(2)
            .handle(
                "/clientweb/api/v1/chats/",
                exchange -> {
                  try {
                    poll(exchange, polls, requested, answered);
                  } catch (IOException | RuntimeException e) {
                    e.printStackTrace();
                    throw e;
                  }
                })) {

      ServicePatternClient sp =
          ServicePatternClient.builder()
              .baseUrl(server.url() + "/clientweb/api/v1")
              .tenantUrl("bench.example.com")
              .appId("bench")
              .build();
      Chat chat = sp.chats().resume(chatId);
      CountDownLatch ended = new CountDownLatch(1);
      long started = System.nanoTime();
      try (ChatEventStream stream =
          chat.listen(
              new io.github.ccsdk.servicepattern.ChatEventListener() {
                @Override
                public void onEvent(io.github.ccsdk.servicepattern.model.ChatEvent event) {
                  long now = System.nanoTime();
                  if (event instanceof ChatSessionMessageEvent message) {
                    received[Integer.parseInt(message.msg())] = now;
                  }
                }

                @Override
                public void onEnd(
                    ChatEventStream.End end, java.util.Optional<RuntimeException> failure) {
                  failure.ifPresent(Throwable::printStackTrace);
                  ended.countDown();
                }
              })) {
        if (!ended.await(5, TimeUnit.MINUTES)) {
          throw new IllegalStateException("the stream did not end");
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      int n = POLLS - WARMUP;
      double[] delivery = new double[n];
      double[] gap = new double[n - 1];
      for (int k = 0; k < n; k++) {
        int i = WARMUP + k;
        if (received[i] == 0) {
          throw new IllegalStateException("event " + i + " was not delivered");
        }
        delivery[k] = (received[i] - answered[i]) / 1e3;
        if (k < n - 1) {
          gap[k] = (requested[i + 1] - answered[i]) / 1e3;
        }
      }
      String json =
          String.format(
              Locale.ROOT,
              "{\"polls\":%d,\"warmup\":%d,\"seconds\":%.2f,\"pollsPerSecond\":%.0f,"
                  + "\"deliveryMicros\":%s,\"gapMicros\":%s}%n",
              polls.get(),
              WARMUP,
              seconds,
              polls.get() / seconds,
              stats(delivery),
              stats(gap));
      System.out.print(json);
      if (args.length > 0) {
        Files.writeString(Path.of(args[0]), json);
      }
    }
  }

  private static void poll(
      HttpExchange exchange, AtomicInteger polls, long[] requested, long[] answered)
      throws IOException {
    int i = polls.getAndIncrement();
    if (i < requested.length) {
      requested[i] = System.nanoTime();
    }
    String body =
        i < POLLS
            ? "{\"events\":[{\"event\":\"chat_session_message\",\"party_id\":\"p\","
                + "\"msg_id\":\"m"
                + i
                + "\",\"msg\":\""
                + i
                + "\",\"timestamp\":\"1589556242000\"}]}"
            : "{\"events\":[{\"event\":\"chat_session_ended\"}]}";
    answer(exchange, body, answered, i);
  }

  private static void answer(HttpExchange exchange, String body, long[] answered, int i)
      throws IOException {
    byte[] bytes = LoopbackServer.utf8(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (i < answered.length) {
      answered[i] = System.nanoTime();
    }
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String stats(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "{\"p50\":%.1f,\"p90\":%.1f,\"p99\":%.1f,\"max\":%.1f}",
        pct(sorted, 0.50),
        pct(sorted, 0.90),
        pct(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  private static double pct(double[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
