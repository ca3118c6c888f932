package io.github.ccsdk.benchmarks;

import feign.http2client.Http2Client;
import feign.okhttp.OkHttpClient;
import io.github.ccsdk.benchmarks.stock.api.VisitorsApi;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.core.Transport;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.spi.Transports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * 64 callers at once, each making get-visitor-by-id calls over HTTPS to a loopback server, per
 * client variant ({@link Variant}). One benchmark operation is one round: every caller makes {@link
 * #CALLS_PER_CALLER} calls on its own thread, and the round ends when the last caller is done, so
 * the score (calls/s) counts only calls that completed and includes waiting for the slowest caller.
 * The 64 caller threads live for the whole trial, like an application's request threads.
 *
 * <p>The server counts the TLS connections it accepts. The first round runs in setup on a fresh
 * client (every connection is new: the cold round); every round JMH times after it is warm, where a
 * client that pools its connections opens none. Reported through {@link Connections}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class Comm100ConcurrencyBenchmark {
  static final int CALLERS = 64;
  static final int CALLS_PER_CALLER = 4;
  static final int SERVER_THREADS = Integer.getInteger("bench.serverThreads", 4);
  private static final String EMAIL = "agent@example.com";
  private static final String KEY = "api-key";

  /**
   * One way of calling. To add one: a constant whose {@link #open} builds the client and whose
   * {@link Call} makes one blocking call; a client that is not called from blocking threads (async
   * futures) overrides {@link Calls#round} instead.
   */
  public enum Variant {
    /** Raw pooled java.net.http (HTTP/1.1) + Json.mapper() into the SDK's Visitor: the baseline. */
    raw {
      @Override
      Calls open(String baseUrl) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(visitorUrl(baseUrl)))
                .header("Accept", "application/json")
                .header("Authorization", basicAuthorization())
                .GET()
                .build();
        return new Calls(
            () -> {
              HttpResponse<byte[]> response =
                  http.send(request, HttpResponse.BodyHandlers.ofByteArray());
              if (response.statusCode() != 200) {
                throw new IllegalStateException("status " + response.statusCode());
              }
              return Json.mapper().readValue(response.body(), Visitor.class).id().orElseThrow();
            });
      }
    },
    /** OpenAPI Generator's stock java/feign client of the same spec (OkHttp underneath). */
    stock {
      @Override
      Calls open(String baseUrl) {
        VisitorsApi visitors = StockClient.visitors(baseUrl, EMAIL, KEY);
        return new Calls(() -> visitors.getVisitor(Fixtures.VISITOR_ID).getId());
      }
    },
    /** The Comm100 SDK with its default transport. */
    sdk {
      @Override
      Calls open(String baseUrl) {
        Comm100Client client = Comm100Client.builder().baseUrl(baseUrl).apiKey(EMAIL, KEY).build();
        return new Calls(() -> client.visitors().getVisitor(Fixtures.VISITOR_ID).id());
      }
    },
    /** The SDK on the transport of earlier versions, HttpURLConnection. */
    sdkUrlConnection {
      @Override
      Calls open(String baseUrl) {
        Comm100Client client =
            Comm100Client.builder()
                .baseUrl(baseUrl)
                .apiKey(EMAIL, KEY)
                .transport(Transport.URL_CONNECTION)
                .build();
        return new Calls(() -> client.visitors().getVisitor(Fixtures.VISITOR_ID).id());
      }
    },
    /** The SDK over Feign's own java.net.http client (feign-java11), with its defaults. */
    sdkFeignJava11 {
      @Override
      Calls open(String baseUrl) {
        Comm100Client client =
            Transports.feign(Comm100Client.builder(), new Http2Client())
                .baseUrl(baseUrl)
                .apiKey(EMAIL, KEY)
                .build();
        return new Calls(() -> client.visitors().getVisitor(Fixtures.VISITOR_ID).id());
      }
    },
    /** The SDK over feign-okhttp, its pool sized for the 64 callers (OkHttp keeps 5 by default). */
    sdkOkHttp {
      @Override
      Calls open(String baseUrl) {
        okhttp3.OkHttpClient okHttp =
            new okhttp3.OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(CALLERS, 5, TimeUnit.MINUTES))
                .build();
        Comm100Client client =
            Transports.feign(Comm100Client.builder(), new OkHttpClient(okHttp))
                .baseUrl(baseUrl)
                .apiKey(EMAIL, KEY)
                .build();
        return new Calls(() -> client.visitors().getVisitor(Fixtures.VISITOR_ID).id());
      }
    },
    /**
     * The SDK's async services: 64 chains of calls in flight, each call started when the one before
     * it in its chain completed (no caller thread of ours blocks).
     */
    sdkAsync {
      @Override
      Calls open(String baseUrl) {
        Comm100Client client = Comm100Client.builder().baseUrl(baseUrl).apiKey(EMAIL, KEY).build();
        return new Calls(null) {
          @Override
          void round(ExecutorService callers, int callsEach) {
            List<CompletableFuture<Visitor>> chains = new ArrayList<>(CALLERS);
            for (int i = 0; i < CALLERS; i++) {
              CompletableFuture<Visitor> chain =
                  client.async().visitors().getVisitor(Fixtures.VISITOR_ID);
              for (int n = 1; n < callsEach; n++) {
                chain =
                    chain.thenCompose(
                        visitor -> client.async().visitors().getVisitor(Fixtures.VISITOR_ID));
              }
              chains.add(chain);
            }
            for (CompletableFuture<Visitor> chain : chains) {
              if (chain.join().id().isEmpty()) {
                throw new IllegalStateException("a call decoded nothing");
              }
            }
          }
        };
      }
    };

    abstract Calls open(String baseUrl);
  }

  /** One blocking call; returns something decoded, so that nothing is optimized away. */
  interface Call {
    Object call() throws Exception;
  }

  /** How a variant runs a round. */
  static class Calls {
    private final Call call;

    Calls(Call call) {
      this.call = call;
    }

    /** One round: every caller thread makes {@code callsEach} calls; returns when all are done. */
    void round(ExecutorService callers, int callsEach) throws Exception {
      List<Callable<Object>> work = new ArrayList<>(CALLERS);
      for (int i = 0; i < CALLERS; i++) {
        work.add(
            () -> {
              Object last = null;
              for (int n = 0; n < callsEach; n++) {
                last = call.call();
                if (last == null) {
                  throw new IllegalStateException("a call decoded nothing");
                }
              }
              return last;
            });
      }
      for (Future<Object> done : callers.invokeAll(work)) {
        done.get();
      }
    }
  }

  @Param({"raw", "stock", "sdk", "sdkUrlConnection", "sdkFeignJava11", "sdkOkHttp", "sdkAsync"})
  public Variant client;

  private SelfSignedTls tls;
  private LoopbackServer server;
  private ExecutorService callers;
  private Calls calls;
  private long coldConnections;
  private boolean coldReported;
  private long connectionsBefore;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    tls = SelfSignedTls.create();
    tls.trustForThisJvm();
    server =
        LoopbackServer.startHttps(SERVER_THREADS, tls.serverContext())
            .json(
                "/api/v3/livechat/visitors/",
                LoopbackServer.utf8(Fixtures.visitor(Fixtures.VISITOR_ID.toString())));
    callers = Executors.newFixedThreadPool(CALLERS);
    calls = client.open(server.url());
    // The cold round: a fresh client, so each caller's first call needs a connection.
    long before = server.tlsConnections();
    calls.round(callers, CALLS_PER_CALLER);
    coldConnections = server.tlsConnections() - before;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    callers.shutdownNow();
    server.close();
    tls.close();
  }

  /** One warm round: 64 callers × {@value #CALLS_PER_CALLER} calls. */
  @Benchmark
  @OperationsPerInvocation(CALLERS * CALLS_PER_CALLER)
  public void round(Connections counters) throws Exception {
    if (counters.measuring && !coldReported) {
      // Said once, in the first measured iteration, so that the sum over iterations stays right.
      counters.coldTlsConnections = coldConnections;
      coldReported = true;
    }
    calls.round(callers, CALLS_PER_CALLER);
    counters.warmRounds++;
    counters.warmTlsConnections = server.tlsConnections() - connectionsBefore;
  }

  /**
   * TLS connections the server accepted, per measured iteration: the cold round's (in the first
   * measured iteration only) and the warm rounds' of this iteration, with the number of warm
   * rounds.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Connections {
    public long coldTlsConnections;
    public long warmTlsConnections;
    public long warmRounds;

    /** Not a counter (not public): whether this iteration is measured. */
    boolean measuring;

    @Setup(Level.Iteration)
    public void startIteration(Comm100ConcurrencyBenchmark bench, IterationParams iteration) {
      // JMH zeroes the counters after this; the benchmark sets them.
      measuring = iteration.getType() == IterationType.MEASUREMENT;
      bench.connectionsBefore = bench.server.tlsConnections();
    }
  }

  static String visitorUrl(String baseUrl) {
    return baseUrl + "/api/v3/livechat/visitors/" + Fixtures.VISITOR_ID;
  }

  static String basicAuthorization() {
    return "Basic "
        + Base64.getEncoder().encodeToString((EMAIL + ":" + KEY).getBytes(StandardCharsets.UTF_8));
  }
}
