package io.github.ccsdk.benchmarks;

import io.github.ccsdk.comm100.Comm100Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Profiles the SDK's single-call path: get-visitor-by-id against a plain-HTTP loopback server in a
 * loop, with JFR's execution sampler on (every 1 ms) for the measured calls only, then prints the
 * methods with the most samples of the calling thread, by self (top frame) and by total (anywhere
 * on the stack). Usage: JfrProfile [warm-up calls] [measured calls] [top rows] [recording file].
 */
public final class JfrProfile {
  private JfrProfile() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[0].equals("--report")) {
      report(
          Path.of(args[1]),
          args.length > 3 ? args[3] : "main",
          args.length > 2 ? Integer.parseInt(args[2]) : 30);
      return;
    }
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Path file =
        args.length > 3 ? Path.of(args[3]) : Files.createTempFile("ccsdk-single-call", ".jfr");
    try (LoopbackServer server =
        LoopbackServer.start(1)
            .json(
                "/api/v3/livechat/visitors/",
                LoopbackServer.utf8(Fixtures.visitor(Fixtures.VISITOR_ID.toString())))) {
      Comm100Client client =
          Comm100Client.builder().baseUrl(server.url()).apiKey("agent@example.com", "k").build();
      for (int i = 0; i < warmup; i++) {
        client.visitors().getVisitor(Fixtures.VISITOR_ID);
      }
      long started;
      try (Recording recording = new Recording()) {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        recording.start();
        started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          client.visitors().getVisitor(Fixtures.VISITOR_ID);
        }
        recording.stop();
        recording.dump(file);
      }
      double micros = (System.nanoTime() - started) / 1e3 / calls;
      System.out.printf(
          Locale.ROOT, "%d calls, %.1f µs per call (recording on); %s%n", calls, micros, file);
    }
    report(file, Thread.currentThread().getName(), top);
  }

  /** Prints the top methods of one thread's samples by self and by total. */
  static void report(Path file, String thread, int top) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> httpClientThreads = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getThread("sampledThread") == null) {
        continue;
      }
      String sampled = event.getThread("sampledThread").getJavaName();
      if (sampled != null && sampled.startsWith("HttpClient-")) {
        // java.net.http's selector and executor threads: the transport's work off the caller.
        httpClientThreads.merge(sampled.replaceAll("-\\d+$", ""), 1, Integer::sum);
      }
      if (!thread.equals(sampled)) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = stack.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame);
        if (seen.add(name)) {
          total.merge(name, 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d samples of thread %s%n", samples, thread);
    httpClientThreads.forEach(
        (name, count) ->
            System.out.printf(Locale.ROOT, "%d samples of threads %s*%n", count, name));
    print("self", self, samples, top);
    print("total", total, samples, top);
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.printf(Locale.ROOT, "%n| %s | samples | share |%n|---|---|---|%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT,
                    "| `%s` | %d | %.1f%% |%n",
                    e.getKey(),
                    e.getValue(),
                    100.0 * e.getValue() / samples));
  }

  private static String name(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
  }
}
