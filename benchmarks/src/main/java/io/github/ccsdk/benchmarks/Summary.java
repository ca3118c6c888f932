package io.github.ccsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes results/summary.md from the JMH JSON and the JSON of the plain-main checks. Usage: Summary
 * results-dir machine-description.
 */
public final class Summary {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Summary() {}

  record Score(double score, double error, String unit) {
    String text() {
      return Double.isNaN(error)
          ? fmt(score) + " " + unit
          : fmt(score) + " ± " + fmt(error) + " " + unit;
    }

    /** Met, missed or inside the noise, for a ratio of this score to another (lower is better). */
    String verdict(Score other, double target) {
      double r = score / other.score;
      if (Double.isNaN(error) || Double.isNaN(other.error)) {
        return r <= target ? "**met**" : "**missed** by " + pct(r / target - 1);
      }
      double lo = (score - error) / (other.score + other.error);
      double hi = (score + error) / Math.max(1e-9, other.score - other.error);
      if (hi <= target) {
        return "**met** (the whole range)";
      }
      if (lo > target) {
        return "**missed** by " + pct(r / target - 1);
      }
      return r <= target
          ? "met on the point estimate, but the range crosses the target: not shown at this"
              + " precision"
          : "missed on the point estimate by "
              + pct(r / target - 1)
              + ", but the range crosses the target: not shown at this precision";
    }

    /** The ratio of this score to another, with the range the two error bars allow. */
    String ratio(Score other) {
      double r = score / other.score;
      if (Double.isNaN(error) || Double.isNaN(other.error)) {
        return String.format(Locale.ROOT, "%.2f", r);
      }
      double lo = (score - error) / (other.score + other.error);
      if (other.score - other.error <= 0) {
        return String.format(Locale.ROOT, "%.2f (%.2f–unbounded)", r, lo);
      }
      double hi = (score + error) / (other.score - other.error);
      return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", r, lo, hi);
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    String machine = args.length > 1 ? args[1] : "unknown machine";
    Map<String, Score> jmh = new LinkedHashMap<>();
    Map<String, Map<String, Double>> counters = new LinkedHashMap<>();
    Map<String, String> settings = new LinkedHashMap<>();
    Path jmhFile = dir.resolve("jmh.json");
    if (Files.exists(jmhFile)) {
      for (JsonNode run : MAPPER.readTree(jmhFile.toFile())) {
        String name = run.get("benchmark").asText().replace("io.github.ccsdk.benchmarks.", "");
        // A parameterized benchmark is one entry per value: Class.method:value.
        JsonNode params = run.path("params");
        String key =
            params.isObject() && params.size() == 1
                ? name + ":" + params.elements().next().asText()
                : name;
        JsonNode m = run.get("primaryMetric");
        jmh.put(
            key,
            new Score(
                m.get("score").asDouble(),
                m.path("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN,
                m.get("scoreUnit").asText()));
        // Secondary metrics (@AuxCounters): the sum over every measured iteration of every fork.
        Map<String, Double> sums = new LinkedHashMap<>();
        run.path("secondaryMetrics")
            .fields()
            .forEachRemaining(
                e -> {
                  double sum = 0;
                  for (JsonNode fork : e.getValue().path("rawData")) {
                    for (JsonNode value : fork) {
                      sum += value.asDouble();
                    }
                  }
                  sums.put(e.getKey(), sum);
                });
        counters.put(key, sums);
        settings.putIfAbsent(
            name.substring(0, name.indexOf('.')),
            String.format(
                Locale.ROOT,
                "%d fork × (%d warm-up + %d measured iterations of %s)",
                run.get("forks").asInt(),
                run.get("warmupIterations").asInt(),
                run.get("measurementIterations").asInt(),
                run.get("measurementTime").asText()));
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n")
        .append("Machine: ")
        .append(machine)
        .append(
            ". Produced by `benchmarks/run` (see benchmarks/README.md); raw data beside this file"
                + " (`jmh.json`, `event-stream.json`, `streaming-download.json`,"
                + " `build-timing.json`).\n\n")
        .append("JMH settings, short so that the whole run fits in 15 minutes on 2 cores: ");
    settings.forEach(
        (cls, text) -> md.append('`').append(cls).append("` ").append(text).append("; "));
    md.append(
        "set on the classes. Errors are JMH's 99.9% confidence half-widths over the measured"
            + " iterations; with this few iterations they are wide, and a ratio whose range"
            + " crosses its target is reported as not shown rather than as met or missed. The"
            + " client and the loopback server share the 2 cores, so every per-call figure"
            + " includes server time. Ratio ranges combine the two error bars.\n\n");

    md.append("## Per call: get-visitor-by-id (~1 KB JSON)\n\n");
    Score sdk = jmh.get("Comm100CallBenchmark.sdk");
    Score raw = jmh.get("Comm100CallBenchmark.raw");
    Score stock = jmh.get("Comm100CallBenchmark.stock");
    if (sdk != null && raw != null) {
      md.append("| client | time per call |\n|---|---|\n")
          .append("| `sdk` (Comm100 SDK) | ")
          .append(sdk.text())
          .append(" |\n| `raw` (java.net.http + Json.mapper()) | ")
          .append(raw.text())
          .append(" |\n");
      Score urlRow = jmh.get("Comm100CallBenchmark.rawUrlConnection");
      if (urlRow != null) {
        md.append("| `rawUrlConnection` (HttpURLConnection + Json.mapper()) | ")
            .append(urlRow.text())
            .append(" |\n");
      }
      if (stock != null) {
        md.append("| `stock` (OpenAPI Generator java/feign, OkHttp) | ")
            .append(stock.text())
            .append(" |\n");
      }
      md.append("\n");
      md.append("- `sdk`/`raw` = ")
          .append(sdk.ratio(raw))
          .append("; target ≤ 1.10: ")
          .append(sdk.verdict(raw, 1.10))
          .append(".\n");
      Score url = jmh.get("Comm100CallBenchmark.rawUrlConnection");
      if (url != null) {
        md.append("- `sdk`/`rawUrlConnection` = ")
            .append(sdk.ratio(url))
            .append(" (HttpURLConnection, the SDK's transport before issue 17); against 1.10: ")
            .append(sdk.verdict(url, 1.10))
            .append(".\n");
      }
      Score fastest = url != null && url.score < raw.score ? url : raw;
      if (sdk.score / fastest.score > 1.10) {
        md.append(
            String.format(
                Locale.ROOT,
                "\n  Why: the SDK adds %.0f µs per call to the fastest raw exchange. The JFR"
                    + " profile of the single-call path (`profile-single-call.md` beside this"
                    + " file) ranks what is left after the cuts of issue 17: Feign's request"
                    + " template expansion and its two copies of the response headers, the"
                    + " transport's own layer (per-call request building, the body subscriber"
                    + " with its read deadline), and JsonField's per-value JSON tree (kept so"
                    + " that a value of the wrong type can still be read raw).\n",
                sdk.score - fastest.score));
      }
      if (stock != null) {
        md.append("- `sdk`/`stock` = ")
            .append(sdk.ratio(stock))
            .append("; target ≤ 1.00: ")
            .append(sdk.verdict(stock, 1.0))
            .append(".\n");
      }
      md.append("\n");
    }

    concurrency(md, jmh, counters);

    md.append("## List decode: 10,000 rows over loopback\n\n");
    listRow(md, "Comm100 listVisitors (10,000 visitors)", jmh, "Visitors");
    listRow(md, "ContactNow ecnow_records read (10,000 records)", jmh, "Records");

    md.append("## Long poll (ServicePattern events)\n\n");
    Path events = dir.resolve("event-stream.json");
    if (Files.exists(events)) {
      JsonNode e = MAPPER.readTree(events.toFile());
      JsonNode gap = e.get("gapMicros");
      JsonNode delivery = e.get("deliveryMicros");
      md.append(
              String.format(
                  Locale.ROOT,
                  "%d polls (%d warm-up polls excluded), %.0f polls/s.\n\n"
                      + "| µs | p50 | p90 | p99 | max |\n|---|---|---|---|---|\n"
                      + "| server answers → listener has the event | %s | %s | %s | %s |\n"
                      + "| server answers → next poll's request arrives | %s | %s | %s | %s |\n\n",
                  e.get("polls").asInt(),
                  e.get("warmup").asInt(),
                  e.get("pollsPerSecond").asDouble(),
                  delivery.get("p50").asText(),
                  delivery.get("p90").asText(),
                  delivery.get("p99").asText(),
                  delivery.get("max").asText(),
                  gap.get("p50").asText(),
                  gap.get("p90").asText(),
                  gap.get("p99").asText(),
                  gap.get("max").asText()))
          .append("Median gap target ≤ 1 ms: ")
          .append(gap.get("p50").asDouble() <= 1000 ? "**met**" : "**missed**")
          .append(
              ". The tails (p99, max) are most likely GC and scheduling on 2 cores shared with"
                  + " the server (not investigated).\n\n");
    } else {
      md.append("Not run.\n\n");
    }

    md.append("## Streaming download (1 GiB, -Xmx64m)\n\n");
    Path download = dir.resolve("streaming-download.json");
    if (Files.exists(download)) {
      JsonNode d = MAPPER.readTree(download.toFile());
      md.append(
          String.format(
              Locale.ROOT,
              "Completed: %d bytes in %.2f s (%.0f MiB/s) with a %.0f MiB heap limit. Heap"
                  + " high-water mark: %.1f MiB sampled every millisecond; %.1f MiB as the sum"
                  + " of the heap pools' peaks (an upper bound).\n\n",
              d.get("bytes").asLong(),
              d.get("seconds").asDouble(),
              d.get("mibPerSecond").asDouble(),
              d.get("maxHeapMiB").asDouble(),
              d.get("sampledHeapHighWaterMiB").asDouble(),
              d.get("poolPeakSumMiB").asDouble()));
    } else {
      md.append("Not run.\n\n");
    }

    md.append("## Conformance validator (10,000-entry HAR, one thread)\n\n");
    Score validator = jmh.get("ConformanceBenchmark.validate");
    if (validator != null) {
      md.append(validator.text().replace("ops/s", "entries/s"))
          .append("; target ≥ 2,000 entries/s: ")
          .append(
              validator.score >= 2000
                  ? "**met**"
                  : "**missed** by " + pct(1 - validator.score / 2000))
          .append(".\n\n");
    } else {
      md.append("Not run.\n\n");
    }

    md.append("## Build\n\n");
    Path build = dir.resolve("build-timing.json");
    if (Files.exists(build)) {
      JsonNode b = MAPPER.readTree(build.toFile());
      md.append(
          String.format(
              Locale.ROOT,
              "Clean `mvn -o verify` (fresh copy of the tree): %d s. No-op rebuild: %d s."
                  + " Generator lines in the no-op log: %d \"skipped/unchanged\", %d files"
                  + " written by a generator. The no-op rebuild %s.\n\n",
              b.get("cleanSeconds").asInt(),
              b.get("noopSeconds").asInt(),
              b.get("skippedLines").asInt(),
              b.get("writtenFiles").asInt(),
              b.get("writtenFiles").asInt() == 0
                  ? "regenerated no SDK"
                  : "**regenerated code** (see build-noop.log)"));
    } else {
      md.append(
          "Not run in this pass (`benchmarks/run --build` or `benchmarks/build-timing`).\n\n");
    }
    Files.writeString(dir.resolve("summary.md"), md.toString());
    System.out.print(md);
  }

  /** The issue 17 section: 64 callers over HTTPS, calls/s and new TLS connections per variant. */
  private static void concurrency(
      StringBuilder md, Map<String, Score> jmh, Map<String, Map<String, Double>> counters) {
    md.append("## Concurrency: 64 callers over HTTPS (issue 17)\n\n");
    String prefix = "Comm100ConcurrencyBenchmark.round:";
    Score raw = jmh.get(prefix + "raw");
    if (raw == null) {
      md.append("Not run.\n\n");
      return;
    }
    md.append(
            "`Comm100ConcurrencyBenchmark`: 64 caller threads, each making get-visitor-by-id calls"
                + " over HTTPS (TLS 1.3, a throw-away P-256 certificate) to a loopback JDK"
                + " `HttpsServer` that counts the TLS connections it accepts. One round is 64 × "
                + Comm100ConcurrencyBenchmark.CALLS_PER_CALLER
                + " calls; the cold round runs on a fresh client before JMH measures, every timed"
                + " round is warm. calls/s counts completed calls, the slowest caller of each round"
                + " included.\n\n")
        .append(
            "| client | calls/s | / raw | new TLS connections, cold round | new TLS connections,"
                + " warm rounds |\n|---|---|---|---|---|\n");
    Map<String, String> names = new LinkedHashMap<>();
    names.put("raw", "`raw` (pooled java.net.http, HTTP/1.1, + Json.mapper())");
    names.put("stock", "`stock` (OpenAPI Generator java/feign, OkHttp)");
    names.put("sdk", "`sdk` (Comm100 SDK, default transport: pooled java.net.http)");
    names.put("sdkUrlConnection", "`sdkUrlConnection` (the SDK on `Transport.URL_CONNECTION`)");
    names.put("sdkFeignJava11", "`sdkFeignJava11` (the SDK over feign-java11's `Http2Client`)");
    names.put("sdkOkHttp", "`sdkOkHttp` (the SDK over feign-okhttp, a pool of 64)");
    names.put("sdkAsync", "`sdkAsync` (the SDK's async services, 64 chains of calls)");
    for (String variant : jmh.keySet()) {
      if (variant.startsWith(prefix)) {
        names.putIfAbsent(
            variant.substring(prefix.length()), "`" + variant.substring(prefix.length()) + "`");
      }
    }
    Map<String, Double> warmPerRound = new LinkedHashMap<>();
    names.forEach(
        (variant, title) -> {
          Score score = jmh.get(prefix + variant);
          if (score == null) {
            return;
          }
          Map<String, Double> c = counters.getOrDefault(prefix + variant, Map.of());
          double rounds = c.getOrDefault("warmRounds", Double.NaN);
          double warm = c.getOrDefault("warmTlsConnections", Double.NaN);
          warmPerRound.put(variant, warm / rounds);
          md.append("| ")
              .append(title)
              .append(" | ")
              .append(score.text().replace(" ops/s", ""))
              .append(" | ")
              .append(variant.equals("raw") ? "1" : score.ratio(raw))
              .append(" | ")
              .append(
                  String.format(
                      Locale.ROOT, "%.0f", c.getOrDefault("coldTlsConnections", Double.NaN)))
              .append(" | ")
              .append(
                  String.format(
                      Locale.ROOT,
                      "%.0f in %.0f rounds (%.1f per round)",
                      warm,
                      rounds,
                      warm / rounds))
              .append(" |\n");
        });
    md.append("\nTargets of issue 17:\n\n");
    md.append("- Warm round, 0 new TLS connections: ");
    StringBuilder verdicts = new StringBuilder();
    warmPerRound.forEach(
        (variant, perRound) ->
            verdicts
                .append(verdicts.length() > 0 ? "; " : "")
                .append('`')
                .append(variant)
                .append("` ")
                .append(
                    perRound == 0 ? "**met**" : Double.isNaN(perRound) ? "not run" : "**missed**"));
    md.append(verdicts).append(".\n");
    if (warmPerRound.values().stream().anyMatch(perRound -> perRound > 0)) {
      md.append(
          "\n  Why: a client reconnects in warm rounds when its pool keeps fewer idle connections"
              + " than there are callers. HttpURLConnection (`sdkUrlConnection`, the SDK's"
              + " transport before issue 17) keeps at most `http.maxConnections` (default 5)"
              + " idle connections per host, and OkHttp's default pool (`stock`) keeps 5: after"
              + " each call most of the 64 are closed, and the next call makes a new TLS"
              + " connection. Pooled java.net.http (`raw`, and the SDK's default) keeps them"
              + " all.\n\n");
    }
    Score sdk = jmh.get(prefix + "sdk");
    if (sdk != null) {
      md.append("- `sdk` ≥ 0.95 × `raw` calls/s: ")
          .append(sdk.ratio(raw))
          .append(", ")
          .append(atLeast(sdk, raw, 0.95))
          .append(".\n");
    }
    Score single = jmh.get("Comm100CallBenchmark.sdk");
    Score rawCall = jmh.get("Comm100CallBenchmark.raw");
    Score urlCall = jmh.get("Comm100CallBenchmark.rawUrlConnection");
    if (single != null && (rawCall != null || urlCall != null)) {
      Score fastest =
          rawCall == null
              ? urlCall
              : urlCall == null || rawCall.score <= urlCall.score ? rawCall : urlCall;
      String which = fastest == rawCall ? "`raw`" : "`rawUrlConnection`";
      double r = single.score / fastest.score;
      md.append("- Single call, `sdk` / fastest raw + Jackson (")
          .append(which)
          .append(", from the per-call section) ≤ 1.10 on the point estimate: ")
          .append(String.format(Locale.ROOT, "%.2f", r))
          .append(", ")
          .append(r <= 1.10 ? "**met**" : "**missed** by " + pct(r / 1.10 - 1));
      if (!Double.isNaN(single.error) && !Double.isNaN(fastest.error)) {
        md.append(" (with the error bars: ").append(single.ratio(fastest)).append(')');
      }
      md.append(".\n");
    }
    md.append("\n");
  }

  /** Whether score/other ≥ target (higher is better), with the error bars. */
  private static String atLeast(Score score, Score other, double target) {
    double r = score.score / other.score;
    if (Double.isNaN(score.error) || Double.isNaN(other.error)) {
      return r >= target ? "**met**" : "**missed** by " + pct(1 - r / target);
    }
    double lo = (score.score - score.error) / (other.score + other.error);
    double hi = (score.score + score.error) / Math.max(1e-9, other.score - other.error);
    if (lo >= target) {
      return "**met** (the whole range)";
    }
    if (hi < target) {
      return "**missed** by " + pct(1 - r / target);
    }
    return r >= target
        ? "met on the point estimate, but the range crosses the target: not shown at this precision"
        : "missed on the point estimate by "
            + pct(1 - r / target)
            + ", but the range crosses the target: not shown at this precision";
  }

  private static void listRow(StringBuilder md, String title, Map<String, Score> jmh, String key) {
    Score sdk = jmh.get("ListDecodeBenchmark.sdk" + key);
    Score raw = jmh.get("ListDecodeBenchmark.raw" + key);
    if (sdk == null || raw == null) {
      md.append(title).append(": not run.\n\n");
      return;
    }
    md.append("- ")
        .append(title)
        .append(": `sdk` ")
        .append(sdk.text())
        .append(", `raw` ")
        .append(raw.text())
        .append("; `sdk`/`raw` = ")
        .append(sdk.ratio(raw))
        .append(", target ≤ 1.10: ")
        .append(sdk.verdict(raw, 1.10))
        .append(".\n\n");
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  private static String fmt(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
