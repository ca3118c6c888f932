package io.github.ccsdk.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.contactnow.model.ContactRecord;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.spi.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Large list reads over loopback: 10,000 Comm100 visitors (listVisitors, ~9 MB) and 10,000
 * ContactNow ecnow_records rows (readRecords, ~9 MB), through the SDK and through raw java.net.http
 * + Jackson (Json.mapper()) into the same generated types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class ListDecodeBenchmark {
  private static final int N = 10_000;
  private static final TypeReference<List<Visitor>> VISITORS = new TypeReference<>() {};

  private LoopbackServer server;
  private Comm100Client comm100;
  private ContactNowClient contactNow;
  private HttpClient http;
  private HttpRequest visitorsRequest;
  private HttpRequest recordsRequest;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server =
        LoopbackServer.start(2)
            .json("/api/v3/livechat/visitors", LoopbackServer.utf8(Fixtures.visitors(N)))
            .json("/ecnow.php", LoopbackServer.utf8(Fixtures.records(N)));
    comm100 = Comm100Client.builder().baseUrl(server.url()).apiKey("a@example.com", "k").build();
    contactNow = ContactNowClient.builder().baseUrl(server.url()).token(() -> "token").build();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    visitorsRequest =
        HttpRequest.newBuilder(URI.create(server.url() + "/api/v3/livechat/visitors"))
            .header("Accept", "application/json")
            .header("Authorization", "Basic YUBleGFtcGxlLmNvbTpr")
            .build();
    recordsRequest =
        HttpRequest.newBuilder(
                URI.create(
                    server.url()
                        + "/ecnow.php?method=ecnow_records&action=read&format=json&token=token"))
            .header("Accept", "application/json")
            .build();
    check(sdkVisitors().size(), rawVisitors().size());
    check(sdkRecords().items().size(), rawRecords().list.size());
  }

  private static void check(int sdk, int raw) {
    if (sdk != N || raw != N) {
      throw new IllegalStateException("decoded " + sdk + " / " + raw + " rows, wanted " + N);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  @Benchmark
  public List<Visitor> sdkVisitors() {
    return comm100.visitors().listVisitors();
  }

  @Benchmark
  public List<Visitor> rawVisitors() throws IOException, InterruptedException {
    return Json.mapper().readValue(body(visitorsRequest), VISITORS);
  }

  @Benchmark
  public Page<ContactRecord> sdkRecords() {
    return contactNow.records().list();
  }

  @Benchmark
  public RecordsEnvelope rawRecords() throws IOException, InterruptedException {
    return Json.mapper().readValue(body(recordsRequest), RecordsEnvelope.class);
  }

  /** The read envelope as a hand-written raw client would declare it: rows and their count. */
  static final class RecordsEnvelope {
    public boolean success;
    public int total;
    public List<ContactRecord> list;
  }

  private byte[] body(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return response.body();
  }
}
