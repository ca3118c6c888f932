package io.github.ccsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccsdk.conformance.ConformanceValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HAR entries validated per second, single thread: a 10,000-entry HAR made by cycling the entries
 * of every Comm100 recording in conformance-tests (success and error ones) through the validator of
 * specs/comm100.yaml. One operation is one entry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class ConformanceBenchmark {
  static final int ENTRIES = 10_000;

  private ConformanceValidator validator;
  private Path har;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path root = Fixtures.root();
    validator = ConformanceValidator.forSpec(root.resolve("specs/comm100.yaml"));
    har = Files.createTempFile("ccsdk-bench-", ".har");
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> source = new ArrayList<>();
    ObjectNode template = null;
    try (Stream<Path> files =
        Files.walk(root.resolve("conformance-tests/src/test/resources/recordings/comm100"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".har")).sorted().toList()) {
        ObjectNode doc = (ObjectNode) mapper.readTree(file.toFile());
        if (template == null) {
          template = doc;
        }
        doc.path("log").path("entries").forEach(source::add);
      }
    }
    if (template == null || source.isEmpty()) {
      throw new IllegalStateException("no Comm100 recordings under " + root);
    }
    ArrayNode entries = mapper.createArrayNode();
    for (int i = 0; i < ENTRIES; i++) {
      entries.add(source.get(i % source.size()));
    }
    ((ObjectNode) template.get("log")).set("entries", entries);
    mapper.writeValue(har.toFile(), template);
    ConformanceValidator.Summary summary = validator.validate(har, finding -> {});
    if (summary.entries() != ENTRIES) {
      throw new IllegalStateException("validated " + summary.entries() + " entries");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(har);
  }

  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public ConformanceValidator.Summary validate() {
    return validator.validate(har, finding -> {});
  }
}
