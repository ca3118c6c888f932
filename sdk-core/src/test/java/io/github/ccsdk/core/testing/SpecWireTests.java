package io.github.ccsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.spi.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Wire tests for every operation of a spec, made from the spec's own examples: each test calls the
 * SDK method of one operation against a {@link WireServer}, then checks the request the server
 * received (method, path, query, headers, body) and the value the SDK decoded from the example
 * response. An operation without an SDK method is a failing test, so every operation is covered.
 *
 * <p>Where the spec gives no example, a value is made from the schema (first enum value, a fixed
 * UUID or date, one array item, every object property).
 */
public final class SpecWireTests {
  private static final ObjectMapper JSON = Json.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final byte[] UPLOAD = "uploaded bytes".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DOWNLOAD = "downloaded bytes".getBytes(StandardCharsets.UTF_8);

  private final OpenAPI spec;
  private final WireServer server;

  private final ServiceCalls calls;

  private final Map<String, String> clientQuery;
  private final Map<String, String> clientHeaders;

  private SpecWireTests(
      Path specFile,
      Object client,
      WireServer server,
      Map<String, String> clientQuery,
      Map<String, String> clientHeaders) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    this.spec = new OpenAPIV3Parser().read(specFile.toString(), null, options);
    this.server = server;
    this.clientQuery = clientQuery;
    this.clientHeaders = clientHeaders;
    this.calls = ServiceCalls.of(specFile, client);
  }

  /**
   * One test per operation of {@code specFile}, calling it through {@code client} (an SDK client
   * whose base URL is {@code server.url()}). {@code clientQuery} and {@code clientHeaders} are the
   * client parameters the client was configured with, expected on every operation declaring them.
   */
  public static Stream<DynamicTest> forSpec(
      Path specFile,
      Object client,
      WireServer server,
      Map<String, String> clientQuery,
      Map<String, String> clientHeaders) {
    SpecWireTests tests = new SpecWireTests(specFile, client, server, clientQuery, clientHeaders);
    List<DynamicTest> all = new ArrayList<>();
    tests
        .spec
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (verb, op) ->
                            all.add(
                                DynamicTest.dynamicTest(
                                    op.getOperationId() + " " + verb + " " + path,
                                    () -> {
                                      if (wireFormOf(op) != null) {
                                        tests.checkWireForm(op);
                                      } else {
                                        tests.check(path, verb.name(), item.getParameters(), op);
                                      }
                                    }))));
    return all.stream();
  }

  /** The canonical operation of a tolerated wire form ({@code x-ccsdk-wire-form-of}), or null. */
  private static String wireFormOf(Operation op) {
    Object canonical = extension(op, "x-ccsdk-wire-form-of");
    return canonical == null ? null : canonical.toString();
  }

  /** A wire form the SDK never sends: it has no method of its own, its canonical operation has. */
  private void checkWireForm(Operation op) {
    assertNull(
        calls.target(op.getOperationId(), false),
        op.getOperationId() + " is a wire form of " + wireFormOf(op) + ": no SDK method expected");
    assertNotNull(
        calls.target(wireFormOf(op), false),
        op.getOperationId() + ": its canonical operation " + wireFormOf(op) + " has no SDK method");
  }

  private void check(String pathKey, String verb, List<Parameter> pathLevel, Operation op)
      throws Exception {
    Call call = prepare(pathLevel, op);
    ServiceCalls.Target withResponse = calls.target(op.getOperationId(), true);
    assertNotNull(withResponse, "no withRawResponse()." + op.getOperationId());

    Reply reply = reply(op);
    server.answer(reply.wire());
    Object result = invoke(call.target().method(), call.target().service(), call.args());
    WireServer.Recorded request = server.takeOnly();

    assertEquals(verb, request.method(), "method");
    assertRequest(
        pathKey, call.parameters(), call.values(), call.body(), queryCredentials(op), request);
    assertDecoded(op, reply, result);

    server.answer(reply.wire());
    Object response = invoke(withResponse.method(), withResponse.service(), call.args());
    server.takeOnly();
    assertEquals(reply.status(), ((Response<?>) response).status(), "status via withRawResponse()");

    // The async form: the same request, the same answer, through a future.
    ServiceCalls.Target async = calls.asyncTarget(op.getOperationId(), false);
    assertNotNull(async, "no async()." + op.getOperationId());
    server.answer(reply.wire());
    Object asyncResult = await(invoke(async.method(), async.service(), call.args()));
    WireServer.Recorded asyncRequest = server.takeOnly();
    assertEquals(verb, asyncRequest.method(), "async method");
    assertRequest(
        pathKey, call.parameters(), call.values(), call.body(), queryCredentials(op), asyncRequest);
    assertDecoded(op, reply, asyncResult);

    ServiceCalls.Target asyncRaw = calls.asyncTarget(op.getOperationId(), true);
    assertNotNull(asyncRaw, "no async() withRawResponse()." + op.getOperationId());
    server.answer(reply.wire());
    Object asyncResponse = await(invoke(asyncRaw.method(), asyncRaw.service(), call.args()));
    server.takeOnly();
    assertEquals(
        reply.status(), ((Response<?>) asyncResponse).status(), "status via async raw response");
    closeIfDownload(((Response<?>) asyncResponse).body());
    closeIfDownload(((Response<?>) response).body());
  }

  /** The result of an async call's future, or its failure as the test's failure. */
  private static Object await(Object future) throws Exception {
    try {
      return ((CompletableFuture<?>) future).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the async call failed with " + e.getCause(), e.getCause());
    }
  }

  private static void closeIfDownload(Object body) throws IOException {
    if (body instanceof Download download) {
      download.close();
    }
  }

  /** One call of an operation: its SDK method and the arguments made from the spec's examples. */
  private record Call(
      ServiceCalls.Target target,
      List<Parameter> parameters,
      Map<String, JsonNode> values,
      Body body,
      Object[] args) {}

  private Call prepare(List<Parameter> pathLevel, Operation op) {
    ServiceCalls.Target target = calls.target(op.getOperationId(), false);
    if (target == null) {
      fail("the SDK has no method for operation " + op.getOperationId());
    }
    List<Parameter> parameters = new ArrayList<>();
    if (pathLevel != null) {
      parameters.addAll(pathLevel);
    }
    if (op.getParameters() != null) {
      parameters.addAll(op.getParameters());
    }
    Map<String, JsonNode> values = new HashMap<>();
    for (Parameter p : parameters) {
      values.put(p.getName(), parameterValue(p));
    }
    Body body = body(op);
    Object[] args = calls.arguments(op.getOperationId(), target.method(), examples(values, body));
    return new Call(target, parameters, values, body, args);
  }

  // ---- fuzz

  /**
   * A seeded, bounded fuzz of every operation's decoder: one test per operation of {@code
   * specFile}, each serving {@value #FUZZ_PER_OPERATION} mutations of the operation's example 2xx
   * answer (see {@link Mutation}) to the operation's SDK method called with the spec's example
   * arguments. The only outcomes allowed are a return (whose {@code toString()} works) or an
   * exception of {@code exceptionType}; anything else, a raw Feign, Jackson, I/O, NullPointer or
   * ClassCast exception, fails. Every mutation is one request: {@code client} should use {@code
   * RetryPolicy.none()}. The same seed feeds the same bodies on every run.
   */
  public static Stream<DynamicTest> fuzz(
      Path specFile,
      Object client,
      WireServer server,
      Class<? extends ApiException> exceptionType,
      long seed) {
    SpecWireTests tests = new SpecWireTests(specFile, client, server, Map.of(), Map.of());
    List<DynamicTest> all = new ArrayList<>();
    tests
        .spec
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (verb, op) -> {
                          if (wireFormOf(op) != null) {
                            return; // no SDK method decodes it; its canonical operation is fuzzed
                          }
                          all.add(
                              DynamicTest.dynamicTest(
                                  op.getOperationId() + " " + verb + " " + path,
                                  () ->
                                      assertTimeout(
                                          FUZZ_TIME_PER_OPERATION,
                                          () ->
                                              tests.fuzz(
                                                  item.getParameters(), op, exceptionType, seed))));
                        }));
    return all.stream();
  }

  /** Mutated answers per operation. */
  static final int FUZZ_PER_OPERATION = Mutation.values().length;

  private static final Duration FUZZ_TIME_PER_OPERATION = Duration.ofSeconds(10);

  private void fuzz(
      List<Parameter> pathLevel,
      Operation op,
      Class<? extends ApiException> exceptionType,
      long seed)
      throws Exception {
    Call call = prepare(pathLevel, op);
    Reply reply = reply(op);
    Random random = new Random(seed * 31 + op.getOperationId().hashCode());
    int typed = 0;
    for (Mutation mutation : Mutation.values()) {
      Mutant mutant = mutation.apply(reply, random);
      server.answer(mutant.wire());
      try {
        Object result = call.target().method().invoke(call.target().service(), call.args());
        settle(result);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!exceptionType.isInstance(cause)) {
          throw new AssertionError(
              op.getOperationId() + ", " + mutant + ": untyped failure " + cause, cause);
        }
        typed++;
      }
      assertEquals(1, server.requests().size(), op.getOperationId() + ", " + mutant + ": requests");
    }
    if (reply.json() != null && reply.json().isContainerNode()) {
      // A truncated object or array can never decode: the mutations did reach the decoder.
      assertTrue(typed > 0, op.getOperationId() + ": every mutation decoded");
    }
  }

  /** Uses what a call returned as a caller would: prints it, reads and closes a download. */
  private static void settle(Object result) throws Exception {
    String.valueOf(result);
    if (result instanceof Download download) {
      try (download;
          InputStream in = download.stream()) {
        in.readAllBytes();
      }
    }
  }

  /** A mutated answer. */
  private record Mutant(Mutation mutation, int status, String mediaType, byte[] bytes) {
    WireServer.Responder wire() {
      return WireServer.respond(status, mediaType, bytes);
    }

    @Override
    public String toString() {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return mutation.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " ("
          + status
          + " "
          + mediaType
          + ": "
          + (text.length() > 200 ? text.substring(0, 200) + "..." : text)
          + ")";
    }
  }

  /**
   * The mutations each operation's example answer goes through, in this order; where a mutation
   * needs JSON and the answer has none (no content, a download), garbage bytes are served instead;
   * a 204 answer is mutated into a 200 with the mutated body.
   */
  enum Mutation {
    DROP_PROPERTY,
    DUPLICATE_PROPERTY,
    RETYPE_PROPERTY,
    FLIP_ROOT_TYPE,
    TRUNCATE,
    GARBAGE_BYTES,
    WRONG_CONTENT_TYPE,
    EMPTY_BODY;

    private static final List<String> OTHER_VALUES =
        List.of(
            "\"text\"",
            "\"\"",
            "42",
            "-1.5",
            "99999999999999999999999",
            "1e400",
            "true",
            "null",
            "{}",
            "[]",
            "{\"x\":[1,{}]}",
            "[null,\"a\"]",
            "\"2020-13-45T99:00:00Z\"",
            "\"not-a-uuid\"");

    private static final List<String> CONTENT_TYPES =
        List.of("text/html", "text/plain", "application/xml", "application/octet-stream");

    Mutant apply(Reply reply, Random random) {
      // A 204 cannot carry a body: answer 200 so that the mutated body reaches the decoder.
      int status = reply.status() == 204 ? 200 : reply.status();
      String mediaType = reply.mediaType();
      byte[] bytes = reply.bytes();
      JsonNode json = reply.json();
      boolean containers = json != null && !slots(json).isEmpty();
      Mutation done = this;
      switch (this) {
        case DROP_PROPERTY, RETYPE_PROPERTY -> {
          if (!containers) {
            done = GARBAGE_BYTES;
            bytes = garbage(bytes, random);
          } else {
            JsonNode copy = json.deepCopy();
            List<Slot> slots = slots(copy);
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (this == DROP_PROPERTY) {
              slot.remove();
            } else {
              slot.set(other(random));
            }
            bytes = write(copy);
          }
        }
        case DUPLICATE_PROPERTY -> {
          if (!containers) {
            done = GARBAGE_BYTES;
            bytes = garbage(bytes, random);
          } else {
            List<Slot> slots = slots(json);
            Slot slot = slots.get(random.nextInt(slots.size()));
            // Objects may not hold a name twice, so write the JSON text by hand.
            StringBuilder out = new StringBuilder();
            writeDuplicating(json, slot, random.nextBoolean() ? null : other(random), out);
            bytes = out.toString().getBytes(StandardCharsets.UTF_8);
          }
        }
        case FLIP_ROOT_TYPE -> {
          String original = new String(bytes, StandardCharsets.UTF_8);
          List<String> roots = new ArrayList<>(OTHER_VALUES);
          roots.add("[" + original + "]");
          roots.add("{\"data\":" + (original.isEmpty() ? "null" : original) + "}");
          String root = roots.get(random.nextInt(roots.size()));
          while (json != null && root.equals(original)) {
            root = roots.get(random.nextInt(roots.size()));
          }
          bytes = root.getBytes(StandardCharsets.UTF_8);
          if (json == null) {
            mediaType = "application/json";
          }
        }
        case TRUNCATE ->
            bytes =
                Arrays.copyOf(bytes, bytes.length < 2 ? 0 : 1 + random.nextInt(bytes.length - 1));
        case GARBAGE_BYTES -> bytes = garbage(bytes, random);
        case WRONG_CONTENT_TYPE ->
            mediaType =
                json == null
                    ? "application/json"
                    : CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        case EMPTY_BODY -> bytes = new byte[0];
      }
      return new Mutant(done, status, mediaType, bytes);
    }

    private static JsonNode other(Random random) {
      return readTree(OTHER_VALUES.get(random.nextInt(OTHER_VALUES.size())));
    }

    /** Overwrites or inserts 1 to 8 random bytes (NUL, invalid UTF-8, anything). */
    private static byte[] garbage(byte[] original, Random random) {
      int n = 1 + random.nextInt(8);
      byte[] noise = new byte[n];
      random.nextBytes(noise);
      int at = original.length == 0 ? 0 : random.nextInt(original.length);
      if (random.nextBoolean() && at + n <= original.length) {
        byte[] b = original.clone();
        System.arraycopy(noise, 0, b, at, n);
        return b;
      }
      byte[] b = new byte[original.length + n];
      System.arraycopy(original, 0, b, 0, at);
      System.arraycopy(noise, 0, b, at, n);
      System.arraycopy(original, at, b, at + n, original.length - at);
      return b;
    }

    /** A property of an object or an item of an array, anywhere in a tree. */
    private record Slot(JsonNode container, String name, int index) {
      void remove() {
        if (container instanceof ObjectNode object) {
          object.remove(name);
        } else {
          ((ArrayNode) container).remove(index);
        }
      }

      void set(JsonNode value) {
        if (container instanceof ObjectNode object) {
          object.set(name, value);
        } else {
          ((ArrayNode) container).set(index, value);
        }
      }
    }

    private static List<Slot> slots(JsonNode root) {
      List<Slot> slots = new ArrayList<>();
      collect(root, slots);
      return slots;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          slots.add(new Slot(node, field.getKey(), -1));
          collect(field.getValue(), slots);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          slots.add(new Slot(node, null, i));
          collect(node.get(i), slots);
        }
      }
    }

    /**
     * Writes {@code node}, the slot's member twice: the second time as {@code second}, or as is.
     */
    private static void writeDuplicating(
        JsonNode node, Slot slot, JsonNode second, StringBuilder out) {
      boolean target = node == slot.container();
      if (node.isObject()) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          int times = target && field.getKey().equals(slot.name()) ? 2 : 1;
          for (int t = 0; t < times; t++) {
            out.append(first ? "" : ",")
                .append(new String(write(NODES.textNode(field.getKey())), StandardCharsets.UTF_8))
                .append(':');
            if (t == 1 && second != null) {
              out.append(second);
            } else {
              writeDuplicating(field.getValue(), slot, second, out);
            }
            first = false;
          }
        }
        out.append('}');
      } else if (node.isArray()) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          int times = target && i == slot.index() ? 2 : 1;
          for (int t = 0; t < times; t++) {
            out.append(i == 0 && t == 0 ? "" : ",");
            if (t == 1 && second != null) {
              out.append(second);
            } else {
              writeDuplicating(node.get(i), slot, second, out);
            }
          }
        }
        out.append(']');
      } else {
        out.append(new String(write(node), StandardCharsets.UTF_8));
      }
    }

    private static byte[] write(JsonNode node) {
      try {
        return JSON.writeValueAsBytes(node);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static JsonNode readTree(String text) {
      try {
        return JSON.readTree(text);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  // ---- arguments

  /** The arguments of a call: the spec's examples, an upload for a file. */
  private static ServiceCalls.Values examples(Map<String, JsonNode> values, Body body) {
    return new ServiceCalls.Values() {
      @Override
      public Object parameter(Parameter parameter, Type type) {
        return convert(values.get(parameter.getName()), type);
      }

      @Override
      public Object body(Type type) {
        return convert(body.json(), type);
      }

      @Override
      public Object field(String name, Type type) {
        return type == Upload.class
            ? Upload.of(UPLOAD, "upload.txt", "text/plain")
            : convert(body.field(name), type);
      }
    };
  }

  private static Object convert(JsonNode value, Type type) {
    return value == null ? null : JSON.convertValue(value, JSON.constructType(type));
  }

  private static JsonNode parameterValue(Parameter p) {
    if (p.getExample() != null) {
      return JSON.valueToTree(p.getExample());
    }
    if (p.getExamples() != null && !p.getExamples().isEmpty()) {
      return JSON.valueToTree(p.getExamples().values().iterator().next().getValue());
    }
    return Synth.value(p.getSchema());
  }

  // ---- request body

  private record Body(String mediaType, JsonNode json) {
    JsonNode field(String javaName) {
      if (json == null || !json.isObject()) {
        return null;
      }
      for (Map.Entry<String, JsonNode> field : json.properties()) {
        if (ServiceCalls.sameName(javaName, field.getKey())) {
          return field.getValue();
        }
      }
      return null;
    }
  }

  /** The body the SDK sends: the first media type that is not mislabelled JSON, or none. */
  private static Body body(Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return new Body(null, null);
    }
    for (Map.Entry<String, MediaType> media : op.getRequestBody().getContent().entrySet()) {
      Map<String, Object> ext = media.getValue().getExtensions();
      if (ext == null || !Boolean.TRUE.equals(ext.get("x-ccsdk-mislabelled-json"))) {
        return new Body(media.getKey(), example(media.getValue()));
      }
    }
    return new Body(null, null);
  }

  // ---- response

  private record Reply(int status, String mediaType, JsonNode json, byte[] bytes) {
    WireServer.Responder wire() {
      return WireServer.respond(status, mediaType, bytes);
    }
  }

  private static Reply reply(Operation op) throws Exception {
    for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
      if (!e.getKey().startsWith("2")) {
        continue;
      }
      int status = Integer.parseInt(e.getKey());
      Content content = e.getValue().getContent();
      if (content == null || content.isEmpty()) {
        return new Reply(status, null, null, new byte[0]);
      }
      Map.Entry<String, MediaType> media = content.entrySet().iterator().next();
      if (!media.getKey().contains("json")) {
        return new Reply(status, concrete(media.getKey()), null, DOWNLOAD);
      }
      JsonNode json = example(media.getValue());
      return new Reply(status, media.getKey(), json, JSON.writeValueAsBytes(json));
    }
    return fail("operation has no 2xx response: " + op.getOperationId());
  }

  private static String concrete(String mediaType) {
    return mediaType.contains("*") ? "application/octet-stream" : mediaType;
  }

  private static JsonNode example(MediaType media) {
    if (media.getExample() != null) {
      return JSON.valueToTree(media.getExample());
    }
    if (media.getExamples() != null && !media.getExamples().isEmpty()) {
      Example first = media.getExamples().values().iterator().next();
      return JSON.valueToTree(first.getValue());
    }
    return Synth.value(media.getSchema());
  }

  // ---- assertions

  /** Credentials the operation's security sends in the query, as configured on the client. */
  private List<String> queryCredentials(Operation op) {
    List<io.swagger.v3.oas.models.security.SecurityRequirement> security =
        op.getSecurity() != null ? op.getSecurity() : spec.getSecurity();
    List<String> pairs = new ArrayList<>();
    if (security == null
        || security.isEmpty()
        || spec.getComponents().getSecuritySchemes() == null) {
      return pairs;
    }
    for (String scheme : security.get(0).keySet()) {
      var definition = spec.getComponents().getSecuritySchemes().get(scheme);
      if (definition != null
          && definition.getIn() == io.swagger.v3.oas.models.security.SecurityScheme.In.QUERY
          && clientQuery.containsKey(definition.getName())) {
        pairs.add(definition.getName() + "=" + clientQuery.get(definition.getName()));
      }
    }
    return pairs;
  }

  private void assertRequest(
      String pathKey,
      List<Parameter> parameters,
      Map<String, JsonNode> values,
      Body body,
      List<String> credentials,
      WireServer.Recorded request) {
    int q = pathKey.indexOf('?');
    String path = q < 0 ? pathKey : pathKey.substring(0, q);
    List<String> expectedQuery = new ArrayList<>(credentials);
    if (q >= 0) {
      for (String pair : pathKey.substring(q + 1).split("&")) {
        expectedQuery.add(pair);
      }
    }
    for (Parameter p : parameters) {
      String value = text(values.get(p.getName()));
      boolean client = Boolean.TRUE.equals(extension(p, "x-ccsdk-client-parameter"));
      switch (p.getIn()) {
        case "path" -> path = path.replace("{" + p.getName() + "}", value);
        case "query" -> {
          if (client) {
            String configured = clientQuery.get(p.getName());
            if (configured != null) {
              expectedQuery.add(p.getName() + "=" + configured);
            }
          } else if (p.getStyle() == Parameter.StyleEnum.DEEPOBJECT) {
            deepObject(p.getName(), values.get(p.getName()), expectedQuery);
          } else if (values.get(p.getName()).isArray()) {
            values.get(p.getName()).forEach(v -> expectedQuery.add(p.getName() + "=" + text(v)));
          } else {
            expectedQuery.add(p.getName() + "=" + value);
          }
        }
        case "header" -> {
          String expected = client ? clientHeaders.get(p.getName()) : value;
          if (expected != null) {
            assertEquals(expected, request.header(p.getName()), "header " + p.getName());
          }
        }
        default -> {}
      }
    }
    assertEquals(path, decode(request.rawPath()), "path");
    assertTrue(
        request.rawPath().matches("[A-Za-z0-9\\-._~!$&'()*+,;=:@/%]*"),
        "path is not percent-encoded: " + request.rawPath());
    assertEquals(sorted(expectedQuery), sorted(decodedQuery(request.rawQuery())), "query");
    if (body.mediaType() == null) {
      return;
    }
    String contentType = request.header("Content-Type");
    assertNotNull(contentType, "Content-Type");
    assertTrue(
        contentType.startsWith(body.mediaType()),
        "Content-Type " + contentType + " for " + body.mediaType());
    String sent = new String(request.body(), StandardCharsets.UTF_8);
    if (body.mediaType().contains("json")) {
      assertEquals(body.json(), read(request.body()), "JSON body");
    } else if (body.mediaType().startsWith("multipart/")) {
      assertTrue(sent.contains(new String(UPLOAD, StandardCharsets.UTF_8)), "multipart file part");
    } else if (body.mediaType().equals("application/x-www-form-urlencoded")
        && body.json() != null) {
      List<String> expected = new ArrayList<>();
      body.json().properties().forEach(f -> expected.add(f.getKey() + "=" + text(f.getValue())));
      assertEquals(sorted(expected), sorted(decodedQuery(sent)), "form body");
    }
  }

  /** A deepObject value as the query pairs it makes: {@code name[i][key]=value}, nulls left out. */
  private static void deepObject(String key, JsonNode node, List<String> pairs) {
    if (node.isObject()) {
      node.properties().forEach(f -> deepObject(key + "[" + f.getKey() + "]", f.getValue(), pairs));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        deepObject(key + "[" + i + "]", node.get(i), pairs);
      }
    } else if (!node.isNull()) {
      pairs.add(key + "=" + node.asText());
    }
  }

  private void assertDecoded(Operation op, Reply reply, Object result) throws Exception {
    if (result instanceof Page<?> page) {
      // A list envelope unwrapped: its items, and its total when it has one.
      Map<?, ?> names = calls.page(op.getOperationId());
      assertNotNull(
          names, op.getOperationId() + " answers a Page, but its schema has no x-ccsdk-page");
      assertEquals(
          reply.json().get(names.get("items").toString()),
          JSON.valueToTree(page.items()),
          "page items, written back as JSON");
      if (names.get("total") != null && reply.json().has(names.get("total").toString())) {
        assertEquals(
            reply.json().get(names.get("total").toString()).asInt(), page.total(), "page total");
      }
    } else if (reply.json() != null) {
      assertEquals(
          reply.json(), JSON.valueToTree(result), "decoded response, written back as JSON");
    } else if (result instanceof Download download) {
      try (download;
          InputStream in = download.stream()) {
        assertArrayEquals(DOWNLOAD, in.readAllBytes(), "downloaded bytes");
      }
    }
  }

  private static Object extension(Parameter p, String name) {
    return p.getExtensions() == null ? null : p.getExtensions().get(name);
  }

  private static Object extension(Operation op, String name) {
    return op.getExtensions() == null ? null : op.getExtensions().get(name);
  }

  private static String text(JsonNode node) {
    return node == null ? null : node.isValueNode() ? node.asText() : node.toString();
  }

  private static JsonNode read(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (java.io.IOException e) {
      return fail("request body is not JSON: " + new String(bytes, StandardCharsets.UTF_8));
    }
  }

  private static List<String> decodedQuery(String raw) {
    List<String> pairs = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return pairs;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(decode(name) + "=" + decode(value));
    }
    return pairs;
  }

  private static String decode(String s) {
    // Percent-decoding only: '+' is data, not a space, in what we send.
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static List<String> sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    copy.sort(null);
    return copy;
  }

  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method.getName() + " threw " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Values made from a schema when the spec gives no example. */
  static final class Synth {
    private Synth() {}

    static JsonNode value(Schema<?> schema) {
      return value(schema, 0);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static JsonNode value(Schema<?> schema, int depth) {
      if (schema == null) {
        return NODES.objectNode();
      }
      if (schema.getExample() != null) {
        return JSON.valueToTree(schema.getExample());
      }
      if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
        return JSON.valueToTree(schema.getEnum().get(0));
      }
      if (schema.getAllOf() != null) {
        ObjectNode merged = NODES.objectNode();
        for (Schema part : schema.getAllOf()) {
          JsonNode v = value(part, depth + 1);
          if (v.isObject()) {
            merged.setAll((ObjectNode) v);
          }
        }
        return merged;
      }
      if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
        return value(schema.getOneOf().get(0), depth + 1);
      }
      String type =
          schema.getType() != null
              ? schema.getType()
              : schema.getProperties() != null ? "object" : "string";
      String format = Objects.toString(schema.getFormat(), "");
      switch (type) {
        case "integer":
          return NODES.numberNode(1);
        case "number":
          return NODES.numberNode(1.5);
        case "boolean":
          return NODES.booleanNode(true);
        case "array":
          {
            ArrayNode array = NODES.arrayNode();
            if (depth < 4) {
              array.add(value(schema.getItems(), depth + 1));
            }
            return array;
          }
        case "object":
          {
            ObjectNode object = NODES.objectNode();
            if (schema.getProperties() != null && depth < 4) {
              schema.getProperties().forEach((name, p) -> object.set(name, value(p, depth + 1)));
            }
            return object;
          }
        default:
          return switch (format) {
            case "uuid" -> NODES.textNode("3fa85f64-5717-4562-b3fc-2c963f66afa6");
            case "date-time" -> NODES.textNode("2020-02-17T10:00:00Z");
            case "date" -> NODES.textNode("2020-02-17");
            default -> NODES.textNode(schema.getPattern() == null ? "text" : "0");
          };
      }
    }
  }
}
