package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.spi.MultipartBody;
import io.github.ccsdk.core.testing.ServiceCalls;
import io.github.ccsdk.core.testing.WireServer;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recording played through the generated SDK against the replay server: the SDK is called
 * with the arguments the recorded request carries, the replay server must find that very entry
 * (same method, path, query and body; credentials aside), and what the SDK makes of the recorded
 * response must be the recorded response.
 *
 * <p>Comparison and its normalisation: a decoded body is written back with the SDK's own mapper and
 * compared with the recorded body as JSON values, so member order and number spelling ({@code 1.0}
 * and {@code 1}) do not count; everything else does, including {@code null} members. A download
 * must give the recorded bytes. An error status, or a 2xx body the SDK reports as failure
 * (ContactNow's {@code "success": false}), must surface as the SDK's {@link ApiException} with the
 * recorded status and the vendor's code and message from the recorded body.
 */
class SdkReplayTest {
  private static final ObjectMapper JSON = Json.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TestFactory
  Stream<DynamicNode> everyRecordingReplaysThroughItsSdk() {
    return Stream.of(Vendor.values()).map(SdkReplayTest::vendor);
  }

  private static DynamicNode vendor(Vendor vendor) {
    Spec spec = Spec.load(vendor.spec());
    List<DynamicNode> tests = new ArrayList<>();
    for (Path har : vendor.hars()) {
      boolean client = har.getParent().getFileName().toString().equals("clients");
      tests.add(
          DynamicTest.dynamicTest(
              (client ? "clients/" : "") + har.getFileName(),
              () -> {
                if (client) {
                  replayCanonically(vendor, spec, har);
                } else {
                  replay(vendor, spec, har);
                }
              }));
    }
    return DynamicContainer.dynamicContainer(vendor.id, tests);
  }

  private static void replay(Vendor vendor, Spec spec, Path har) throws Exception {
    List<Har.Entry> entries = new ArrayList<>();
    Har.read(har, entries::add);
    List<ReplayServer.Served> served = new CopyOnWriteArrayList<>();
    OperationMatcher matcher = new OperationMatcher(spec, List.of());
    Map<String, Object> clients = new java.util.HashMap<>();
    try (ReplayServer server = ReplayServer.start(spec, List.of(har), 0, line -> {}, served::add)) {
      for (Har.Entry entry : entries) {
        served.clear();
        String at = har.getFileName() + "#" + entry.index();
        RequestUrl url = RequestUrl.parse(entry.url());
        OperationMatcher.Match match = matcher.match(entry.method(), url);
        String base = server.url() + match.basePath();
        // Building a client creates every API proxy; entries configured alike share one.
        Object client =
            clients.computeIfAbsent(
                base
                    + " "
                    + scheme(String.valueOf(entry.requestHeader("Authorization")))
                    + " "
                    + value(url, "siteId").orElse("")
                    + " "
                    + value(url, "tenantUrl").orElse("")
                    + " "
                    + String.valueOf(url.rawQuery()).contains("token=")
                    + " "
                    + value(url, "campaign").orElse(""),
                k -> client(vendor, base, entry, url));
        ServiceCalls calls = ServiceCalls.of(vendor.spec(), client);
        String id = match.operation().id();
        ServiceCalls.Target call = target(calls, id);
        Object[] args = arguments(calls, id, call.method(), match, url, entry, false);
        Outcome outcome = invoke(at, call, args);
        checkRequest(at, entry, served);
        check(vendor, at, entry, outcome, pageItems(calls, id));
      }
    }
  }

  /**
   * A recording of a vendor's own client ({@code clients/}): the SDK sends its own form of the same
   * operation (the canonical operation of a {@code x-ccsdk-wire-form-of} wire form, GET where the
   * client POSTed, its header spelling) with the same argument values, and what it makes of the
   * recorded response must be the recorded response.
   */
  private static void replayCanonically(Vendor vendor, Spec spec, Path har) throws Exception {
    List<Har.Entry> entries = new ArrayList<>();
    Har.read(har, entries::add);
    OperationMatcher matcher = new OperationMatcher(spec, List.of());
    try (WireServer server = WireServer.start()) {
      for (Har.Entry entry : entries) {
        String at = "clients/" + har.getFileName() + "#" + entry.index();
        RequestUrl url = RequestUrl.parse(entry.url());
        OperationMatcher.Match match = matcher.match(entry.method(), url);
        Spec.Operation canonical = canonical(spec, match.operation());
        Object client = client(vendor, server.url() + match.basePath(), entry, url);
        ServiceCalls calls = ServiceCalls.of(vendor.spec(), client);
        ServiceCalls.Target call = target(calls, canonical.id());
        Object[] args = arguments(calls, canonical.id(), call.method(), match, url, entry, true);
        server.answer(recordedAnswer(entry));
        Outcome outcome = invoke(at, call, args);
        WireServer.Recorded sent = server.takeOnly();
        RequestUrl sentUrl =
            RequestUrl.parse(
                url.origin()
                    + sent.rawPath()
                    + (sent.rawQuery() == null ? "" : "?" + sent.rawQuery()));
        assertEquals(
            canonical.id(),
            matcher.match(sent.method(), sentUrl).operation().id(),
            at + ": the operation of the SDK's request");
        // The method's own arguments; client parameters (tenantUrl, nonce) are the client's.
        Set<String> arguments = calls.parameterNames(canonical.id(), call.method());
        for (Spec.Parameter p : canonical.parameters()) {
          if (p.in().equals("query") && arguments.contains(p.name())) {
            String recorded =
                value(url, p.name())
                    .orElseGet(() -> bodyField(entry, p.name(), recordedMedia(match)));
            if (recorded != null) {
              assertEquals(
                  recorded,
                  value(sentUrl, p.name()).orElse(null),
                  at + ": query parameter " + p.name() + " of the SDK's request");
            }
          }
        }
        check(vendor, at, entry, outcome, pageItems(calls, canonical.id()));
      }
    }
  }

  /** The operation the SDK sends for {@code op}: itself, or the one it is a wire form of. */
  private static Spec.Operation canonical(Spec spec, Spec.Operation op) {
    if (op.wireFormOf() == null) {
      return op;
    }
    return spec.operations().stream()
        .filter(o -> op.wireFormOf().equals(o.operationId()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(op.id() + ": no operation " + op.wireFormOf() + " to be"));
  }

  /** The recorded response, headers and body as they were. */
  private static WireServer.Responder recordedAnswer(Har.Entry entry) {
    List<String> headers = new ArrayList<>();
    for (Har.Header h : entry.responseHeaders()) {
      String name = h.name().toLowerCase(Locale.ROOT);
      if (!Set.of("content-length", "transfer-encoding", "content-type").contains(name)) {
        headers.add(h.name());
        headers.add(h.value());
      }
    }
    Har.Body body = entry.responseBody();
    String type = entry.responseHeader("Content-Type");
    return WireServer.respond(
        entry.status(),
        type != null ? type : body == null ? null : body.mimeType(),
        recordedBody(entry),
        headers.toArray(String[]::new));
  }

  /** The request media types the recorded operation declares. */
  private static List<Spec.Media> recordedMedia(OperationMatcher.Match match) {
    Spec.RequestBody body = match.operation().requestBody();
    return body == null ? List.of() : body.content();
  }

  /** A field of the recorded request body (form or multipart text), or null. */
  private static String bodyField(Har.Entry entry, String name, List<Spec.Media> declared) {
    Har.Body body = entry.requestBody();
    if (body == null || body.mimeType() == null) {
      return null;
    }
    if (Texts.mediaType(body.mimeType()).startsWith("multipart/")) {
      List<MultipartBody.Part> parts = Multipart.parts(body, body.mimeType());
      for (MultipartBody.Part p : parts == null ? List.<MultipartBody.Part>of() : parts) {
        if (name.equals(p.name()) && p.fileName() == null && p.content() != null) {
          return new String(p.content(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      return null;
    }
    return Spec.Media.isJson(declared, body.mimeType()) ? null : formField(entry, name);
  }

  // ---- the request

  private static void checkRequest(String at, Har.Entry entry, List<ReplayServer.Served> served) {
    assertEquals(1, served.size(), at + ": requests the SDK sent");
    ReplayServer.Served s = served.get(0);
    assertNotNull(
        s.answer(),
        at
            + ": the replay server found no recorded exchange for the SDK's request "
            + s.method()
            + " "
            + s.rawPath()
            + "?"
            + s.rawQuery());
    assertEquals(
        entry.index(),
        Integer.parseInt(s.answer().source().substring(s.answer().source().lastIndexOf('#') + 1)),
        at + ": the SDK's request matched another recorded entry");
    if (entry.requestBody() != null && entry.requestBody().mimeType() != null) {
      assertEquals(
          Texts.mediaType(entry.requestBody().mimeType()),
          Texts.mediaType(first(s.headers(), "Content-Type")),
          at + ": request Content-Type");
    }
    String recordedAuth = entry.requestHeader("Authorization");
    String sentAuth = first(s.headers(), "Authorization");
    if (recordedAuth == null) {
      assertNull(sentAuth, at + ": the SDK sent credentials the recording has none of");
    } else {
      assertNotNull(sentAuth, at + ": Authorization");
      assertEquals(scheme(recordedAuth), scheme(sentAuth), at + ": Authorization scheme");
    }
    String userAgent = entry.requestHeader("User-Agent");
    if (userAgent != null) {
      assertEquals(userAgent, first(s.headers(), "User-Agent"), at + ": User-Agent");
    }
  }

  // ---- the response

  /** What a call gave: its response, or the SDK's exception. */
  private record Outcome(Response<?> response, ApiException failure) {}

  private static Outcome invoke(String at, ServiceCalls.Target call, Object[] args) {
    try {
      return new Outcome((Response<?>) call.call(args), null);
    } catch (ApiException e) {
      return new Outcome(null, e);
    } catch (Throwable e) {
      throw new AssertionError(at + ": the SDK threw " + e, e);
    }
  }

  private static void check(
      Vendor vendor, String at, Har.Entry entry, Outcome outcome, String pageItems)
      throws IOException {
    if (outcome.failure() != null) {
      checkFailure(vendor, at, entry, outcome.failure());
    } else {
      checkResult(at, entry, outcome.response(), pageItems);
    }
  }

  private static void checkResult(
      String at, Har.Entry entry, Response<?> response, String pageItems) throws IOException {
    if (entry.status() >= 400) {
      fail(at + ": recorded status " + entry.status() + ", but the SDK returned " + response);
    }
    assertEquals(entry.status(), response.status(), at + ": status");
    String location = entry.responseHeader("Location");
    if (location != null) {
      assertEquals(
          location, response.location().map(Object::toString).orElse(null), at + ": Location");
    }
    byte[] recorded = recordedBody(entry);
    Object body = response.body();
    if (body instanceof Download download) {
      try (download;
          InputStream in = download.stream()) {
        assertArrayEquals(recorded, in.readAllBytes(), at + ": downloaded bytes");
      }
      return;
    }
    if (recorded.length == 0) {
      assertNull(body, at + ": decoded body of an empty response");
      return;
    }
    JsonNode expected = JSON.readTree(recorded);
    JsonNode actual;
    if (body instanceof Page<?> page) {
      // A list envelope the SDK unwraps: its items must be the recorded ones, and its total too.
      assertNotNull(pageItems, at + ": a Page from an operation without x-ccsdk-page");
      expected =
          expected.path(pageItems).isMissingNode() ? NODES.arrayNode() : expected.get(pageItems);
      actual = JSON.valueToTree(page.items());
      JsonNode total = JSON.readTree(recorded).get("total");
      if (total != null && total.asText().matches("\\d+")) {
        assertEquals(total.asInt(), page.total(), at + ": page total");
      }
    } else {
      actual = JSON.valueToTree(body);
    }
    String diff = JsonCompare.difference(expected, actual, "");
    if (diff != null) {
      fail(
          at
              + ": the decoded response does not re-encode to the recorded body; first difference at "
              + diff
              + ": recorded "
              + at(expected, diff)
              + ", re-encoded "
              + at(actual, diff));
    }
  }

  private static void checkFailure(Vendor vendor, String at, Har.Entry entry, ApiException e)
      throws IOException {
    byte[] recorded = recordedBody(entry);
    JsonNode body = recorded.length == 0 ? null : readOrNull(recorded);
    if (entry.status() < 400) {
      // A 2xx the SDK calls a failure: only a failure envelope may be one.
      boolean envelope =
          body != null && body.path("success").isBoolean() && !body.get("success").asBoolean();
      if (!envelope) {
        throw new AssertionError(
            at + ": recorded status " + entry.status() + ", but the SDK threw " + e, e);
      }
      assertEquals(entry.status(), e.status(), at + ": status of the failure");
      assertEquals(
          body.path("error").asText(null),
          e.details().vendorMessage().orElse(null),
          at + ": vendor message");
      return;
    }
    assertEquals(entry.status(), e.status(), at + ": status of the SDK's exception (" + e + ")");
    String[] fields =
        switch (vendor) {
          case COMM100 -> new String[] {"code", "message"};
          case SERVICEPATTERN -> new String[] {"error_code", "error_message"};
          case CONTACTNOW -> new String[0];
        };
    if (fields.length == 2 && body != null && body.has(fields[0])) {
      assertEquals(
          body.get(fields[0]).asText(),
          e.details().vendorCode().orElse(null),
          at + ": vendor code");
      assertEquals(
          body.path(fields[1]).asText(null),
          e.details().vendorMessage().orElse(null),
          at + ": vendor message");
    }
  }

  // ---- clients and calls

  private static Object client(Vendor vendor, String baseUrl, Har.Entry entry, RequestUrl url) {
    String authorization = entry.requestHeader("Authorization");
    String query = url.rawQuery() == null ? "" : url.rawQuery();
    switch (vendor) {
      case COMM100 -> {
        Comm100Client.Builder b =
            Comm100Client.builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none());
        if (authorization != null && scheme(authorization).equals("basic")) {
          b.apiKey("agent@example.com", "replay-api-key");
        } else if (authorization != null) {
          b.accessToken(() -> "replay-access-token");
        }
        value(url, "siteId").ifPresent(v -> b.siteId(Long.parseLong(v)));
        return b.build();
      }
      case SERVICEPATTERN -> {
        ServicePatternClient.Builder b =
            ServicePatternClient.builder()
                .baseUrl(baseUrl)
                .appId("replay-app")
                .clientId("WebChat")
                .retryPolicy(RetryPolicy.none());
        value(url, "tenantUrl").ifPresent(b::tenantUrl);
        return b.build();
      }
      case CONTACTNOW -> {
        ContactNowClient.Builder b =
            ContactNowClient.builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none());
        if (query.contains("token=")) {
          b.token(() -> "replay-token");
        }
        // The CCID is a client setting; on reporting.php `campaign` is a table name instead.
        value(url, "campaign")
            .filter(v -> v.matches("[1-9][0-9]{0,8}"))
            .map(Integer::valueOf)
            .ifPresent(b::contactCentre);
        return b.build();
      }
    }
    throw new AssertionError(vendor);
  }

  private static ServiceCalls.Target target(ServiceCalls calls, String operationId) {
    ServiceCalls.Target target = calls.target(operationId, true);
    if (target == null) {
      throw new AssertionError("the SDK has no method for " + operationId);
    }
    return target;
  }

  /**
   * The arguments of the SDK method for {@code operationId}, taken from the recorded request that
   * {@code match} found. With {@code anywhere}, a query parameter the request does not carry is
   * looked for among its body's fields (a wire form that moves the filters into the body).
   */
  private static Object[] arguments(
      ServiceCalls calls,
      String operationId,
      Method method,
      OperationMatcher.Match match,
      RequestUrl url,
      Har.Entry entry,
      boolean anywhere) {
    return calls.arguments(
        operationId,
        method,
        new ServiceCalls.Values() {
          @Override
          public Object parameter(io.swagger.v3.oas.models.parameters.Parameter p, Type t) {
            JavaType type = JSON.constructType(t);
            String name = p.getName();
            JsonNode value =
                switch (p.getIn()) {
                  case "path" -> text(match.pathValues().get(name));
                  case "header" -> text(entry.requestHeader(name));
                  default ->
                      p.getStyle()
                              == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.DEEPOBJECT
                          ? deepObject(url, name)
                          : query(url, name, type);
                };
            if (value == null && anywhere && p.getIn().equals("query")) {
              value = text(bodyField(entry, name, recordedMedia(match)));
            }
            return value == null ? null : JSON.convertValue(value, type);
          }

          @Override
          public Object body(Type t) {
            try {
              return SdkReplayTest.body(JSON.constructType(t), entry, recordedMedia(match));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }

          @Override
          public Object field(String javaName, Type t) {
            if (t == Upload.class) {
              return upload(entry, javaName);
            }
            JsonNode value = text(formField(entry, javaName));
            return value == null ? null : JSON.convertValue(value, JSON.constructType(t));
          }
        });
  }

  private static Object body(JavaType type, Har.Entry entry, List<Spec.Media> declared)
      throws IOException {
    Har.Body body = entry.requestBody();
    if (body == null || body.bytes() == null || body.bytes().length == 0) {
      return null; // an optional body (@OptionalBody): the SDK sends none
    }
    if ("application/x-www-form-urlencoded".equals(Texts.mediaType(body.mimeType()))
        && !Spec.Media.isJson(declared, body.mimeType())) {
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      Texts.pairs(body.text()).forEach(p -> fields.put(p.getKey(), p.getValue()));
      return JSON.convertValue(fields, type);
    }
    return JSON.readValue(body.bytes(), type);
  }

  private static Upload upload(Har.Entry entry, String part) {
    List<MultipartBody.Part> parts =
        Multipart.parts(entry.requestBody(), entry.requestBody().mimeType());
    for (MultipartBody.Part p : Objects.requireNonNull(parts, "recorded multipart body")) {
      if (ServiceCalls.sameName(part, p.name())) {
        // A file the recorder kept only the size and digest of (readme/): any bytes stand in.
        byte[] content = p.content() != null ? p.content() : new byte[0];
        return Upload.of(content, p.fileName(), p.contentType());
      }
    }
    return null;
  }

  private static JsonNode query(RequestUrl url, String name, JavaType type) {
    List<String> values = new ArrayList<>();
    url.query()
        .forEach(
            p -> {
              if (p.getKey().equals(name)) {
                values.add(p.getValue());
              }
            });
    if (values.isEmpty()) {
      return null;
    }
    if (type.isCollectionLikeType()) {
      ArrayNode array = NODES.arrayNode();
      values.forEach(array::add);
      return array;
    }
    return TextNode.valueOf(values.get(0));
  }

  /**
   * The value of a deepObject parameter rebuilt from its keys: {@code name[i][key]} make a list of
   * objects, {@code name[key]} an object; null when the request has none.
   */
  private static JsonNode deepObject(RequestUrl url, String name) {
    java.util.regex.Pattern key =
        java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(name) + "(?:\\[(\\d+)])?\\[([^\\[\\]]+)]");
    Map<Integer, com.fasterxml.jackson.databind.node.ObjectNode> items = new java.util.TreeMap<>();
    boolean list = false;
    for (Map.Entry<String, String> pair : url.query()) {
      java.util.regex.Matcher m = key.matcher(pair.getKey());
      if (m.matches()) {
        list |= m.group(1) != null;
        int index = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        items.computeIfAbsent(index, i -> NODES.objectNode()).put(m.group(2), pair.getValue());
      }
    }
    if (items.isEmpty()) {
      return null;
    }
    return list ? NODES.arrayNode().addAll(items.values()) : items.values().iterator().next();
  }

  private static String formField(Har.Entry entry, String name) {
    Har.Body body = entry.requestBody();
    if (body == null || body.text() == null) {
      return null;
    }
    for (Map.Entry<String, String> pair : Texts.pairs(body.text())) {
      if (ServiceCalls.sameName(name, pair.getKey())) {
        return pair.getValue();
      }
    }
    return null;
  }

  /** The property holding the rows of the envelope an operation answers, or null. */
  private static String pageItems(ServiceCalls calls, String operationId) {
    Map<?, ?> page = calls.page(operationId);
    return page == null ? null : page.get("items").toString();
  }

  // ---- helpers

  private static java.util.Optional<String> value(RequestUrl url, String name) {
    return url.query().stream()
        .filter(p -> p.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static JsonNode text(String value) {
    return value == null ? null : TextNode.valueOf(value);
  }

  private static byte[] recordedBody(Har.Entry entry) {
    Har.Body body = entry.responseBody();
    return body == null || body.bytes() == null ? new byte[0] : body.bytes();
  }

  private static JsonNode readOrNull(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      return null;
    }
  }

  private static String at(JsonNode node, String pointer) {
    return pointer.equals("/") ? String.valueOf(node) : String.valueOf(node.at(pointer));
  }

  private static String scheme(String authorization) {
    int space = authorization.indexOf(' ');
    return (space < 0 ? authorization : authorization.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
