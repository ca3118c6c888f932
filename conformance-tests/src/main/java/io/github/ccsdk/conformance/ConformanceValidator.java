package io.github.ccsdk.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Validates recorded HTTP exchanges (HAR 1.2 files) against an OpenAPI 3.0 spec: the library behind
 * {@code conformance.jar validate}.
 *
 * <p>For each entry it finds the operation (by server, method, path and any fixed query in the path
 * key), then checks the request's parameters, credentials, body and media type, and the response's
 * status, headers, media type and body. Schemas are checked with networknt's JSON Schema validator
 * (OpenAPI 3.0 dialect, formats asserted). Properties the spec does not declare and values outside
 * an open enum ({@code x-ccsdk-open-enum}) are warnings, or violations when {@linkplain
 * #strict(boolean) strict}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ConformanceValidator validator = ConformanceValidator.forSpec(Path.of("specs/comm100.yaml"));
 * ConformanceValidator.Summary summary =
 *     validator.validate(Path.of("session.har"), finding -> System.out.println(finding.line()));
 * }</pre>
 */
public final class ConformanceValidator {
  private final Spec spec;
  private final boolean strict;
  private final List<ServerTemplate> servers;
  private final ExchangeValidator exchanges;

  private ConformanceValidator(Spec spec, boolean strict, List<ServerTemplate> servers) {
    this.spec = spec;
    this.strict = strict;
    this.servers = List.copyOf(servers);
    this.exchanges = new ExchangeValidator(spec, this.servers, strict);
  }

  /**
   * A validator for the spec in {@code specFile} (YAML or JSON).
   *
   * @throws ConformanceException if the spec is missing, unreadable or unusable
   */
  public static ConformanceValidator forSpec(Path specFile) {
    Objects.requireNonNull(specFile, "specFile == null");
    return new ConformanceValidator(Spec.load(specFile), false, List.of());
  }

  /** This validator, reporting undeclared properties and open-enum values as violations. */
  public ConformanceValidator strict(boolean strict) {
    return new ConformanceValidator(spec, strict, servers);
  }

  /**
   * This validator, also accepting exchanges recorded against {@code baseUrl} (a proxy, a test
   * server, a mock) as if made to one of the spec's servers.
   *
   * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL
   */
  public ConformanceValidator withServer(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    RequestUrl url = RequestUrl.parse(baseUrl);
    if (url == null || url.rawQuery() != null) {
      throw new IllegalArgumentException(
          "not an absolute http(s) base URL without a query: " + Texts.oneLine(baseUrl));
    }
    List<ServerTemplate> more = new ArrayList<>(servers);
    more.add(ServerTemplate.of(baseUrl, null));
    return new ConformanceValidator(spec, strict, more);
  }

  /**
   * Reads all of {@code har} without validating: proves it is a readable HAR file.
   *
   * @return the number of entries
   * @throws ConformanceException if it is missing, unreadable, not JSON or not a HAR
   */
  public int check(Path har) {
    return Har.read(har, entry -> {});
  }

  /**
   * Validates every entry of {@code har}, streaming: findings reach {@code sink} as they are made
   * and only one entry is in memory at a time.
   *
   * @throws ConformanceException if the file is missing, unreadable, not JSON or not a HAR
   */
  public Summary validate(Path har, Consumer<Finding> sink) {
    Objects.requireNonNull(sink, "sink == null");
    String name = har.toString();
    int[] counts = new int[2];
    int entries =
        Har.read(
            har,
            entry ->
                exchanges.validate(
                    name,
                    entry,
                    finding -> {
                      counts[finding.severity() == Finding.Severity.VIOLATION ? 0 : 1]++;
                      sink.accept(finding);
                    }));
    return new Summary(entries, counts[0], counts[1]);
  }

  /** Validates every entry of {@code har} and returns the findings. */
  public List<Finding> validate(Path har) {
    List<Finding> findings = new ArrayList<>();
    validate(har, findings::add);
    return findings;
  }

  Spec spec() {
    return spec;
  }

  ExchangeValidator exchanges() {
    return exchanges;
  }

  /** What one validation found. */
  public record Summary(int entries, int violations, int warnings) {}
}
