package io.github.ccsdk.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ccsdk.core.spi.MultipartBody;
import io.github.ccsdk.core.spi.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Serves recorded exchanges on 127.0.0.1, so that an SDK (or anything else) can be developed and
 * tested against recorded vendor behaviour without credentials: the library behind {@code
 * conformance.jar serve}.
 *
 * <p>A request gets the recorded response of the entry with the same method, path (percent-decoded
 * segments), query (the same pairs in any order) and body (JSON by value, forms and multipart field
 * by field, anything else byte for byte). Credentials never have to match: a recorded {@code
 * "REDACTED"} value, and the value of any query parameter or form field that holds secrets (by the
 * SDK runtime's redaction rules and the spec's security schemes), match anything. When several
 * entries match, they answer in recorded order, each once, and the last one keeps answering, so a
 * recorded session (a chat polled repeatedly) replays as it happened. Anything else gets 501 with a
 * JSON body saying what was asked and what is recorded; or, when the server answers from the spec's
 * examples too, a request that conforms to the spec gets its operation's example answer ({@link
 * Examples}).
 */
public final class ReplayServer implements AutoCloseable {
  /** Request bodies above this size get 413 instead of being buffered. */
  private static final int MAX_BODY = 64 * 1024 * 1024;

  /** How many recorded exchanges a 501 body lists at most. */
  private static final int MAX_LISTED = 50;

  /** Response headers that describe the recorded transfer, not the content we send. */
  private static final Set<String> HOP_HEADERS =
      Set.of(
          "content-length",
          "transfer-encoding",
          "content-encoding",
          "connection",
          "keep-alive",
          "date");

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, a client's
    // delayed ACK then stalls every small response by ~40 ms. Only read when the JDK's HTTP
    // server is first used, so it is set here, before any server of ours starts.
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
  }

  /** One recorded exchange, ready to answer. */
  record Recorded(
      String source,
      String method,
      List<String> segments,
      String rawPath,
      List<Map.Entry<String, String>> query,
      Har.Body requestBody,
      String requestContentType,
      int status,
      List<Har.Header> responseHeaders,
      String responseContentType,
      byte[] responseBody,
      String operationId) {}

  /** A request the server received and what answered it (null: the 501). */
  record Served(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body,
      Recorded answer) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Recorded> recorded;
  private final Map<String, List<Recorded>> byRoute = new LinkedHashMap<>();
  private final Map<Recorded, Integer> uses = new java.util.IdentityHashMap<>();
  private final Redaction redaction;
  private final OperationMatcher matcher;
  private final Consumer<String> log;
  private final Consumer<Served> listener;
  private final Spec spec;

  /** Checks requests no recording answers before the spec's examples do; null: no examples. */
  private final ExchangeValidator examples;

  private ReplayServer(
      Spec spec,
      List<Path> hars,
      int port,
      boolean examples,
      Consumer<String> log,
      Consumer<Served> listener)
      throws IOException {
    this.spec = spec;
    this.log = log;
    this.listener = listener;
    this.redaction =
        Redaction.defaults().with(spec.credentialQueryNames(), headerCredentials(spec));
    List<Har.Entry> entries = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Path har : hars) {
      Har.read(
          har,
          entry -> {
            entries.add(entry);
            sources.add(har + "#" + entry.index());
          });
    }
    OperationMatcher recordedMatcher = new OperationMatcher(spec, List.of());
    Set<String> basePaths = new LinkedHashSet<>();
    List<Recorded> list = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Har.Entry e = entries.get(i);
      RequestUrl url = RequestUrl.parse(e.url());
      if (url == null || e.status() < 100 || e.status() > 599) {
        continue; // no usable URL or no response recorded: nothing to replay
      }
      String operationId = null;
      try {
        OperationMatcher.Match m = recordedMatcher.match(e.method(), url);
        operationId = m.operation().id();
        basePaths.add(m.basePath());
      } catch (OperationMatcher.NoMatch ignored) {
        // Still replayable: the spec only names operations in the 501 body.
      }
      Har.Body response = e.responseBody();
      String responseType = e.responseHeader("Content-Type");
      if (responseType == null && response != null) {
        responseType = response.mimeType();
      }
      String requestType = e.requestHeader("Content-Type");
      if (requestType == null && e.requestBody() != null) {
        requestType = e.requestBody().mimeType();
      }
      Recorded r =
          new Recorded(
              sources.get(i),
              e.method().toUpperCase(Locale.ROOT),
              RequestUrl.segments(url.rawPath()),
              url.rawPath(),
              url.query(),
              e.requestBody(),
              requestType,
              e.status(),
              e.responseHeaders(),
              responseType,
              response == null || response.bytes() == null ? new byte[0] : response.bytes(),
              operationId);
      list.add(r);
      byRoute.computeIfAbsent(route(r.method(), r.segments()), k -> new ArrayList<>()).add(r);
    }
    this.recorded = List.copyOf(list);
    try {
      this.server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
    } catch (BindException e) {
      throw new BindException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
    }
    // Requests come here under the base paths of the recordings, and of the spec's servers (for
    // operations none is recorded for: the 501 names them, --examples answers them).
    for (Spec.Operation op : spec.operations()) {
      for (ServerTemplate s : op.servers()) {
        String url = s.url();
        int authority = url.indexOf("://");
        int path = authority < 0 ? 0 : url.indexOf('/', authority + 3);
        if (path >= 0 && path < url.length() - 1) {
          basePaths.add(url.substring(path));
        }
      }
    }
    List<ServerTemplate> here = new ArrayList<>();
    String origin = "http://127.0.0.1:" + server.getAddress().getPort();
    for (String base : basePaths) {
      here.add(ServerTemplate.of(origin + base, null));
    }
    here.add(ServerTemplate.of(origin, null));
    this.matcher = new OperationMatcher(spec, here);
    this.examples = examples ? new ExchangeValidator(spec, here, false) : null;
    this.executor = Executors.newFixedThreadPool(4, ReplayServer::daemon);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Starts a replay server for the exchanges of {@code harFiles} on 127.0.0.1:{@code port} (0 for
   * any free port).
   *
   * @throws ConformanceException if the spec or a HAR file cannot be read
   * @throws IOException if the port cannot be listened on
   */
  public static ReplayServer start(Path specFile, List<Path> harFiles, int port)
      throws IOException {
    return start(Spec.load(specFile), harFiles, port, line -> {}, null);
  }

  /**
   * Starts a replay server for a vendor's spec and successful recordings packaged in this jar (what
   * {@code serve} with no arguments replays), then the exchanges of {@code harFiles}, on
   * 127.0.0.1:{@code port} (0 for any free port).
   *
   * @param vendor {@code comm100}, {@code servicepattern} or {@code contactnow}
   * @throws IllegalArgumentException if {@code vendor} is none of those
   * @throws ConformanceException if this build has no packaged recordings, or a file cannot be read
   * @throws IOException if the port cannot be listened on
   */
  public static ReplayServer startPackaged(String vendor, List<Path> harFiles, int port)
      throws IOException {
    Packaged.Vendor v = Packaged.Vendor.of(vendor);
    List<Path> hars = new ArrayList<>(v.hars());
    hars.addAll(harFiles);
    return start(v.spec(), hars, port);
  }

  static ReplayServer start(
      Spec spec, List<Path> harFiles, int port, Consumer<String> log, Consumer<Served> listener)
      throws IOException {
    return start(spec, harFiles, port, false, log, listener);
  }

  /**
   * As above; with {@code examples}, a request no recording answers that conforms to the spec gets
   * the answer of the operation's examples ({@link Examples}), marked by the header {@code
   * X-Ccsdk-Source: example}.
   */
  static ReplayServer start(
      Spec spec,
      List<Path> harFiles,
      int port,
      boolean examples,
      Consumer<String> log,
      Consumer<Served> listener)
      throws IOException {
    Objects.requireNonNull(harFiles, "harFiles == null");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
    return new ReplayServer(spec, harFiles, port, examples, log, listener);
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How many recorded exchanges the server replays. */
  public int size() {
    return recorded.size();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- serving

  private void handle(HttpExchange exchange) {
    try {
      serve(exchange);
    } catch (IOException e) {
      // The client went away mid-exchange: nothing to answer.
    } catch (RuntimeException e) {
      // A bug of ours: one log line and a 500 the client can read, never a stack trace.
      log.accept("replay error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      try {
        sendJson(exchange, 500, error("the replay server failed: " + e.getClass().getSimpleName()));
      } catch (IOException | RuntimeException ignored) {
        // The response was already under way; the client sees the connection end.
      }
    } finally {
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String rawPath = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      sendJson(exchange, 413, error("request body larger than " + MAX_BODY + " bytes"));
      return;
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(exchange.getRequestHeaders());
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    List<String> segments = RequestUrl.segments(rawPath == null ? "/" : rawPath);
    List<Map.Entry<String, String>> query = Texts.pairs(rawQuery);
    Recorded answer = choose(method, segments, query, body, contentType);
    if (listener != null) {
      listener.accept(new Served(method, rawPath, rawQuery, headers, body, answer));
    }
    if (answer == null) {
      ObjectNode explanation = notRecorded(method, rawPath, segments, query, body, contentType);
      if (examples != null) {
        List<String> invalid = new ArrayList<>();
        Examples.Answer example = fromExamples(method, rawPath, rawQuery, headers, body, invalid);
        if (example != null) {
          log.accept(
              method
                  + " "
                  + rawPath
                  + " -> "
                  + example.status()
                  + " (example "
                  + example.source()
                  + ")");
          exchange.getResponseHeaders().add("X-Ccsdk-Source", "example");
          replay(exchange, method, example.status(), example.headers(), null, example.body());
          return;
        }
        invalid.forEach(explanation.putArray("invalid")::add);
        explanation.put(
            "error",
            explanation.path("error").asText()
                + "; and the spec's examples answer only a valid request: "
                + invalid.get(0));
      }
      String closest = explanation.path("closest").asText(null);
      log.accept(
          method
              + " "
              + rawPath
              + " -> 501 no recorded exchange matches"
              + (closest == null ? "" : "; " + closest));
      // The explanation also under the message fields of the vendors' error formats (Comm100
      // "message", ContactNow "error", ServicePattern "error_message", OAuth
      // "error_description"), so that an SDK's exception message carries it; and as a header.
      String message = explanation.path("error").asText();
      explanation.put("message", message);
      explanation.put("error_message", message);
      explanation.put("error_description", message);
      exchange.getResponseHeaders().add("X-Ccsdk-Mismatch", headerValue(message));
      sendJson(exchange, 501, explanation);
      return;
    }
    log.accept(method + " " + rawPath + " -> " + answer.status() + " (" + answer.source() + ")");
    replay(
        exchange,
        method,
        answer.status(),
        answer.responseHeaders(),
        answer.responseContentType(),
        answer.responseBody());
  }

  /**
   * The examples' answer to a request that conforms to its operation (request side: parameters,
   * credentials, body); null, with what is wrong added to {@code invalid}, otherwise.
   */
  private Examples.Answer fromExamples(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body,
      List<String> invalid) {
    String url = url() + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
    RequestUrl parsed = RequestUrl.parse(url);
    Spec.Operation op;
    try {
      op = matcher.match(method, parsed).operation();
    } catch (OperationMatcher.NoMatch e) {
      invalid.add("operation: " + e.getMessage());
      return null;
    }
    Examples.Answer answer = Examples.of(spec, op);
    if (answer == null) {
      invalid.add(op.id() + " documents no success response");
      return null;
    }
    List<Har.Header> requestHeaders = new ArrayList<>();
    headers.forEach(
        (name, values) -> values.forEach(v -> requestHeaders.add(new Har.Header(name, v))));
    String contentType = Har.Entry.first(requestHeaders, "Content-Type");
    Har.Entry entry =
        new Har.Entry(
            0,
            method,
            url,
            requestHeaders,
            body.length == 0 ? null : new Har.Body(contentType, body, List.of()),
            answer.status(),
            answer.headers(),
            new Har.Body(
                Har.Entry.first(answer.headers(), "Content-Type"), answer.body(), List.of()),
            null);
    examples.validate(
        "request",
        entry,
        f -> {
          if (f.severity() == Finding.Severity.VIOLATION
              && (f.where().startsWith("request") || f.where().equals("operation"))) {
            invalid.add(redaction.text(f.where() + ": " + f.message()));
          }
        });
    return invalid.isEmpty() ? answer : null;
  }

  private Recorded choose(
      String method,
      List<String> segments,
      List<Map.Entry<String, String>> query,
      byte[] body,
      String contentType) {
    List<Recorded> candidates = byRoute.getOrDefault(route(method, segments), List.of());
    List<Recorded> matching = new ArrayList<>();
    for (Recorded r : candidates) {
      if (mismatch(r, query, body, contentType) == null) {
        matching.add(r);
      }
    }
    if (matching.isEmpty()) {
      return null;
    }
    synchronized (uses) {
      for (Recorded r : matching) {
        if (uses.getOrDefault(r, 0) == 0) {
          uses.put(r, 1);
          return r;
        }
      }
      Recorded last = matching.get(matching.size() - 1);
      uses.merge(last, 1, Integer::sum);
      return last;
    }
  }

  /** Why {@code r} does not answer this request, or null when it does. */
  private String mismatch(
      Recorded r, List<Map.Entry<String, String>> query, byte[] body, String contentType) {
    if (!pairsMatch(r.query(), query)) {
      return "query differs: " + pairsDifference(r.query(), query);
    }
    return bodyMismatch(r, body, contentType);
  }

  /** Which pairs only the recording has and which only the request has, for people to read. */
  private String pairsDifference(
      List<Map.Entry<String, String>> recorded, List<Map.Entry<String, String>> actual) {
    List<Map.Entry<String, String>> onlyRecorded = new ArrayList<>();
    List<Map.Entry<String, String>> left = new ArrayList<>(actual);
    for (Map.Entry<String, String> r : recorded) {
      int found = indexOfMatch(r, left);
      if (found < 0) {
        onlyRecorded.add(r);
      } else {
        left.remove(found);
      }
    }
    return "recorded "
        + (onlyRecorded.isEmpty() ? "nothing more" : show(onlyRecorded))
        + ", this request has "
        + (left.isEmpty() ? "nothing more" : show(left));
  }

  private String bodyMismatch(Recorded r, byte[] body, String contentType) {
    Har.Body recordedBody = r.requestBody();
    if (recordedBody == null || (recordedBody.bytes() == null && recordedBody.params().isEmpty())) {
      return null; // the body was not recorded: any body matches
    }
    String media = Texts.mediaType(r.requestContentType());
    if (recordedBody.isEmpty()) {
      return body.length == 0 ? null : "body differs: none was recorded";
    }
    if (Texts.isJson(media) && recordedBody.bytes() != null) {
      try {
        JsonNode expected = JSON.readTree(recordedBody.bytes());
        JsonNode actual = JSON.readTree(body);
        if (actual == null || actual.isMissingNode()) {
          return "body differs: the recorded request has a JSON body, this one none";
        }
        String diff = JsonCompare.difference(expected, actual, "");
        return diff == null ? null : "body differs at " + diff;
      } catch (IOException e) {
        return "body differs: the recorded request has a JSON body, this one is not JSON";
      }
    }
    if ("application/x-www-form-urlencoded".equals(media)) {
      List<Map.Entry<String, String>> expected = new ArrayList<>();
      if (!recordedBody.params().isEmpty()) {
        recordedBody
            .params()
            .forEach(p -> expected.add(Map.entry(p.name(), String.valueOf(p.value()))));
      } else {
        expected.addAll(Texts.pairs(recordedBody.text()));
      }
      List<Map.Entry<String, String>> actual =
          Texts.pairs(new String(body, StandardCharsets.UTF_8));
      return pairsMatch(expected, actual) ? null : "form body differs: recorded " + show(expected);
    }
    if (media != null && media.startsWith("multipart/")) {
      List<MultipartBody.Part> expected = Multipart.parts(recordedBody, r.requestContentType());
      List<MultipartBody.Part> actual =
          MultipartBody.parse(body, MultipartBody.boundary(contentType));
      if (expected == null) {
        return null;
      }
      if (actual == null) {
        return "body differs: the recorded request is multipart, this one is not";
      }
      return partsMatch(expected, actual) ? null : "multipart body differs";
    }
    return Arrays.equals(recordedBody.bytes(), body) ? null : "body differs";
  }

  private boolean partsMatch(List<MultipartBody.Part> expected, List<MultipartBody.Part> actual) {
    if (expected.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      MultipartBody.Part e = expected.get(i);
      MultipartBody.Part a = actual.get(i);
      if (!Objects.equals(e.name(), a.name())) {
        return false;
      }
      if (e.fileName() != null && !e.fileName().equals(a.fileName())) {
        return false;
      }
      boolean secret = redaction.isSecretName(e.name());
      if (e.content() != null
          && !secret
          && !new String(e.content(), StandardCharsets.UTF_8).equals(Redaction.REDACTED)
          && !Arrays.equals(e.content(), a.content())) {
        return false;
      }
    }
    return true;
  }

  /** The same pairs in any order; credentials and recorded "REDACTED" values match any value. */
  private boolean pairsMatch(
      List<Map.Entry<String, String>> recorded, List<Map.Entry<String, String>> actual) {
    if (recorded.size() != actual.size()) {
      return false;
    }
    List<Map.Entry<String, String>> left = new ArrayList<>(actual);
    for (Map.Entry<String, String> r : recorded) {
      int found = indexOfMatch(r, left);
      if (found < 0) {
        return false;
      }
      left.remove(found);
    }
    return true;
  }

  /** Where in {@code pairs} the recorded pair {@code r} is, credentials matching any value. */
  private int indexOfMatch(Map.Entry<String, String> r, List<Map.Entry<String, String>> pairs) {
    boolean any = r.getValue().equals(Redaction.REDACTED) || redaction.isSecretName(r.getKey());
    for (int i = 0; i < pairs.size(); i++) {
      Map.Entry<String, String> a = pairs.get(i);
      if (a.getKey().equals(r.getKey()) && (any || a.getValue().equals(r.getValue()))) {
        return i;
      }
    }
    return -1;
  }

  private void replay(
      HttpExchange exchange,
      String method,
      int status,
      List<Har.Header> headers,
      String contentType,
      byte[] body)
      throws IOException {
    boolean hasContentType = false;
    for (Har.Header h : headers) {
      String name = h.name().toLowerCase(Locale.ROOT);
      if (HOP_HEADERS.contains(name)
          || name.startsWith(":")
          || h.value().equals(Redaction.REDACTED)) {
        continue;
      }
      hasContentType |= name.equals("content-type");
      exchange.getResponseHeaders().add(h.name(), h.value());
    }
    if (!hasContentType && contentType != null && body.length > 0) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    boolean noBody = body.length == 0 || method.equals("HEAD") || status == 204 || status == 304;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  // ---- the 501 body

  private ObjectNode notRecorded(
      String method,
      String rawPath,
      List<String> segments,
      List<Map.Entry<String, String>> query,
      byte[] body,
      String contentType) {
    ObjectNode out = error("no recorded exchange matches this request");
    ObjectNode request = out.putObject("request");
    request.put("method", method);
    request.put("path", rawPath);
    request.put("query", show(query));
    String operationId = operationOf(method, rawPath, query);
    if (operationId != null) {
      request.put("operationId", operationId);
    }
    ArrayNode list = out.putArray("recorded");
    List<Recorded> samePath = byRoute.getOrDefault(route(method, segments), List.of());
    // The closest first: the same operation (one ContactNow script serves dozens), else the same
    // method and path, else the same path, else everything.
    List<Recorded> shown = new ArrayList<>();
    if (operationId != null) {
      for (Recorded r : samePath) {
        if (operationId.equals(r.operationId())) {
          shown.add(r);
        }
      }
    }
    if (shown.isEmpty()) {
      shown.addAll(samePath);
    }
    if (shown.isEmpty()) {
      for (Recorded r : recorded) {
        if (r.segments().equals(segments)) {
          shown.add(r);
        }
      }
    }
    if (shown.isEmpty()) {
      shown.addAll(recorded);
    }
    for (Recorded r : shown.subList(0, Math.min(MAX_LISTED, shown.size()))) {
      ObjectNode item = list.addObject();
      item.put("entry", r.source());
      item.put("method", r.method());
      item.put("path", r.rawPath());
      item.put("query", show(r.query()));
      if (r.operationId() != null) {
        item.put("operationId", r.operationId());
      }
      if (samePath.contains(r)) {
        item.put("mismatch", mismatch(r, query, body, contentType));
      }
    }
    if (shown.size() > MAX_LISTED) {
      out.put("more", shown.size() - MAX_LISTED);
    }
    // One sentence for people and exception messages: the closest recording and what differs.
    String why;
    if (!samePath.isEmpty()) {
      Recorded closest = shown.get(0);
      String detail =
          "closest "
              + closest.source()
              + (closest.operationId() == null ? "" : " (" + closest.operationId() + ")")
              + ": "
              + mismatch(closest, query, body, contentType);
      out.put("closest", detail);
      why = "; " + detail;
    } else {
      why =
          "; nothing is recorded for "
              + method
              + " "
              + rawPath
              + (operationId == null ? "" : " (" + operationId + ")");
    }
    out.put("error", "no recorded exchange matches this request" + why);
    return out;
  }

  private String operationOf(String method, String rawPath, List<Map.Entry<String, String>> query) {
    String raw = rawPath + (query.isEmpty() ? "" : "?" + rawQueryOf(query));
    RequestUrl url = RequestUrl.parse(url() + raw);
    try {
      return url == null ? null : matcher.match(method, url).operation().id();
    } catch (OperationMatcher.NoMatch e) {
      return null;
    }
  }

  private static String rawQueryOf(List<Map.Entry<String, String>> query) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> pair : query) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(pair.getKey())).append('=').append(encode(pair.getValue()));
    }
    return out.toString();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Decoded pairs for people to read, with secret values blanked. */
  private String show(List<Map.Entry<String, String>> pairs) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs) {
      if (out.length() > 0) {
        out.append('&');
      }
      boolean secret = redaction.isSecretName(pair.getKey());
      out.append(pair.getKey()).append('=').append(secret ? Redaction.REDACTED : pair.getValue());
    }
    return out.toString();
  }

  /** A header value: one line of printable ASCII, cut to a length proxies accept. */
  private static String headerValue(String text) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < text.length() && s.length() < 1000; i++) {
      char c = text.charAt(i);
      s.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return s.toString();
  }

  private static ObjectNode error(String message) {
    ObjectNode node = JSON.createObjectNode();
    node.put("error", message);
    return node;
  }

  private static void sendJson(HttpExchange exchange, int status, JsonNode body)
      throws IOException {
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String route(String method, List<String> segments) {
    return method + " " + String.join("\u0000", segments);
  }

  private static Set<String> headerCredentials(Spec spec) {
    Set<String> names = new LinkedHashSet<>();
    for (Spec.SecurityScheme s : spec.securitySchemes().values()) {
      if ("apiKey".equals(s.type()) && "header".equals(s.in()) && s.paramName() != null) {
        names.add(s.paramName());
      }
    }
    return names;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "conformance-replay");
    t.setDaemon(true);
    return t;
  }
}
