package io.github.ccsdk.benchmarks;

import io.github.ccsdk.core.Download;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads a 1 GiB ServicePattern chat file from a loopback server through the SDK's streaming
 * {@link Download}; run with -Xmx64m. Reports the heap high-water mark: the largest used heap seen
 * by a sampler every millisecond, and the sum of the heap pools' peak usage (an upper bound, as the
 * pools peak at different times). Usage: StreamingDownloadCheck [result.json].
 */
public final class StreamingDownloadCheck {
  static final long SIZE = 1L << 30;

  private StreamingDownloadCheck() {}

  public static void main(String[] args) throws Exception {
    byte[] chunk = new byte[64 * 1024];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = (byte) i;
    }
    UUID chatId = UUID.randomUUID();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    AtomicLong sampled = new AtomicLong();
    try (LoopbackServer server =
        LoopbackServer.start(2)
            .handle(
                "/clientweb/api/v1/chats/",
                exchange -> {
                  exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                  exchange.sendResponseHeaders(200, SIZE);
                  try (OutputStream out = exchange.getResponseBody()) {
                    for (long sent = 0; sent < SIZE; sent += chunk.length) {
                      out.write(chunk);
                    }
                  }
                  exchange.close();
                })) {
      ServicePatternClient sp =
          ServicePatternClient.builder()
              .baseUrl(server.url() + "/clientweb/api/v1")
              .tenantUrl("bench.example.com")
              .appId("bench")
              .build();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      Thread sampler =
          new Thread(
              () -> {
                Runtime rt = Runtime.getRuntime();
                while (!Thread.currentThread().isInterrupted()) {
                  sampled.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                  try {
                    Thread.sleep(1);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();
      long started = System.nanoTime();
      long total = 0;
      byte[] buffer = new byte[16 * 1024];
      try (Download download = sp.chats().resume(chatId).file("big");
          InputStream in = download.stream()) {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          total += n;
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.interrupt();
      sampler.join();
      if (total != SIZE) {
        throw new IllegalStateException("read " + total + " bytes, wanted " + SIZE);
      }
      long peakSum = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      String json =
          String.format(
              Locale.ROOT,
              "{\"bytes\":%d,\"seconds\":%.2f,\"mibPerSecond\":%.0f,\"maxHeapMiB\":%.1f,"
                  + "\"sampledHeapHighWaterMiB\":%.1f,\"poolPeakSumMiB\":%.1f}%n",
              total,
              seconds,
              total / 1048576.0 / seconds,
              Runtime.getRuntime().maxMemory() / 1048576.0,
              sampled.get() / 1048576.0,
              peakSum / 1048576.0);
      System.out.print(json);
      if (args.length > 0) {
        Files.writeString(Path.of(args[0]), json);
      }
    }
  }
}
