package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import feign.Util;
import feign.codec.Decoder;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.Response;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes 2xx bodies: JSON into the declared type, {@link Response} wrappers, streamed {@link
 * Download}s, text and bytes.
 *
 * <p>Feign is built with {@code doNotCloseAfterDecode()} so that a {@link Download} can outlive
 * this call; in exchange this decoder closes every other body itself. Every failure leaves here as
 * the SDK's {@link ApiException} (Feign wraps it in a {@code DecodeException}, which the invocation
 * handler unwraps): {@code UNEXPECTED_RESPONSE} when the body is not what the spec promised, {@code
 * IO} when reading it failed.
 */
final class CoreDecoder implements Decoder {
  /** The most we read past a JSON error to check whether the body was complete. */
  private static final int MAX_DRAIN = 1024 * 1024;

  private final ObjectMapper mapper;
  private final Failures failures;

  /** The Jackson type of each return type met: building it costs as much as small bodies do. */
  private final Map<Type, JavaType> javaTypes = new ConcurrentHashMap<>();

  CoreDecoder(ObjectMapper mapper, Failures failures) {
    this.mapper = mapper;
    this.failures = failures;
  }

  @Override
  public Object decode(feign.Response response, Type type) {
    if (type instanceof ParameterizedType
        && ((ParameterizedType) type).getRawType() == Response.class) {
      Type bodyType = ((ParameterizedType) type).getActualTypeArguments()[0];
      Object body = decodeBody(response, bodyType, true);
      return Response.of(response.status(), response.headers(), body, requestUrl(response));
    }
    if (type == Response.class) {
      Object body = decodeBody(response, Object.class, true);
      return Response.of(response.status(), response.headers(), body, requestUrl(response));
    }
    return decodeBody(response, type, false);
  }

  private Object decodeBody(feign.Response response, Type type, boolean emptyAllowed) {
    if (type == Download.class) {
      try {
        InputStream body =
            response.body() != null
                ? response.body().asInputStream()
                : new ByteArrayInputStream(new byte[0]);
        return Download.of(body, response.headers()); // the caller closes it
      } catch (IOException e) {
        Util.ensureClosed(response.body());
        throw failures.io(response.request(), e, "opening the response body failed");
      }
    }
    try {
      return read(response, type, emptyAllowed);
    } finally {
      Util.ensureClosed(response.body());
    }
  }

  private Object read(feign.Response response, Type type, boolean emptyAllowed) {
    if (type == void.class || type == Void.class) {
      return null;
    }
    String contentType = Http.header(response.headers(), "Content-Type");
    String media = Http.mediaType(contentType);
    if (response.body() == null) {
      return empty(response, emptyAllowed, type);
    }
    HeadRecorder in;
    try {
      in = new HeadRecorder(response.body().asInputStream(), response.body().length());
    } catch (IOException e) {
      throw failures.io(response.request(), e, "opening the response body failed");
    }
    try {
      if (type == byte[].class) {
        return in.readAllBytes();
      }
      if (type == String.class && !Http.isJson(media)) {
        // A text body is the value itself; only a JSON body needs its quotes removed.
        return new String(in.readAllBytes(), Http.charset(contentType));
      }
      JavaType javaType = javaTypes.computeIfAbsent(type, mapper::constructType);
      try (JsonParser parser = mapper.createParser(in)) {
        if (parser.nextToken() == null) {
          return empty(response, emptyAllowed, type);
        }
        if (javaType.getRawClass() == Page.class) {
          return page(response, parser, javaType, in, contentType);
        }
        Object value = mapper.readValue(parser, javaType);
        if (value == null && !emptyAllowed) {
          // JSON null where the spec promised a value: the caller would get a null it never
          // expects.
          throw unexpected(
              response,
              "the response is JSON null, but " + typeName(type) + " was expected",
              in.head(),
              contentType);
        }
        return value;
      }
    } catch (JsonProcessingException e) {
      InterruptedIOException stopped = stopped(e);
      if (stopped != null) {
        // Jackson wraps the transport's failure (a collection's deserializer adds its path): a
        // read timeout or an interrupt is that, not bad JSON.
        throw failures.io(response.request(), stopped, "reading the response body failed");
      }
      String cut = cutShort(response, in);
      if (cut != null) {
        throw failures.io(
            response.request(), new EOFException(cut), "reading the response body failed");
      }
      throw unexpected(response, problem(e, media, type), in.head(), contentType);
    } catch (IOException e) {
      // java.net.http reports a connection lost mid-body as a failure, where HttpURLConnection
      // ended the stream: say how far the body got, as for a cut-short body above. A timeout or
      // interrupt (InterruptedIOException) keeps its own type.
      String cut = e instanceof InterruptedIOException ? null : cutShort(response, in);
      if (cut != null) {
        EOFException described = new EOFException(cut);
        described.initCause(e);
        throw failures.io(response.request(), described, "reading the response body failed");
      }
      throw failures.io(response.request(), e, "reading the response body failed");
    }
  }

  /**
   * The read timeout or interrupt (an {@link InterruptedIOException}) behind {@code e}, or null.
   */
  private static InterruptedIOException stopped(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof InterruptedIOException) {
        return (InterruptedIOException) t;
      }
    }
    return null;
  }

  /**
   * Tells a body the connection cut short from one that is bad JSON: the JDK client reports a
   * connection closed mid-body as a plain end of stream, so Jackson sees "truncated JSON". If the
   * server promised a Content-Length and the stream ends before it, the transport failed (IO).
   * Reads on to the end to find out, but no further than {@link #MAX_DRAIN}: a big body that is
   * simply malformed is not worth downloading just to classify its error.
   *
   * @return a description of the short body, or null if it was complete or cannot be known
   */
  private static String cutShort(feign.Response response, HeadRecorder in) {
    Integer declared = response.body() != null ? response.body().length() : null;
    if (declared == null || declared - in.total() > MAX_DRAIN) {
      return null;
    }
    try {
      byte[] buffer = new byte[8192];
      while (in.total() < declared) {
        if (in.read(buffer, 0, buffer.length) < 0) {
          return "the connection closed after " + in.total() + " of " + declared + " bytes";
        }
      }
      return null;
    } catch (IOException e) {
      return "the connection failed after " + in.total() + " of " + declared + " bytes";
    }
  }

  /**
   * A list envelope ({@link Envelope} on the method) decoded into a {@link Page}: its rows straight
   * into the page's item type, its total as received, whether it links a next page. Any other shape
   * is unexpected.
   */
  private Page<?> page(
      feign.Response response,
      JsonParser parser,
      JavaType pageType,
      HeadRecorder in,
      String contentType)
      throws IOException {
    Envelope envelope = envelope(response);
    com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(parser);
    if (envelope == null || tree == null || !tree.isObject()) {
      throw unexpected(
          response,
          envelope == null
              ? "the method answers a Page but names no @Envelope"
              : "expected a JSON object with the rows in \"" + envelope.items() + "\"",
          in.head(),
          contentType);
    }
    com.fasterxml.jackson.databind.JsonNode rows = tree.get(envelope.items());
    JavaType listType =
        mapper.getTypeFactory().constructCollectionType(List.class, pageType.containedType(0));
    List<?> items =
        rows == null || rows.isNull() ? List.of() : mapper.readerFor(listType).readValue(rows);
    Integer total = envelope.total().isEmpty() ? null : total(tree.get(envelope.total()));
    Boolean more = envelope.next().isEmpty() ? null : linked(tree.get(envelope.next()));
    return Page.of(items, total != null ? total : items.size(), more);
  }

  /** Whether a next-page property links a page: a value that is not null, blank or false. */
  static boolean linked(com.fasterxml.jackson.databind.JsonNode node) {
    return node != null
        && !node.isNull()
        && !(node.isTextual() && node.asText().trim().isEmpty())
        && !(node.isBoolean() && !node.asBoolean());
  }

  /**
   * The server's total as received: a number, or a string of digits (some servers quote numbers);
   * null when missing or unreadable, and then the page counts its items.
   */
  static Integer total(com.fasterxml.jackson.databind.JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.canConvertToInt() && node.isIntegralNumber()) {
      return node.intValue() < 0 ? null : node.intValue(); // a negative count means nothing
    }
    if (node.isTextual() && node.asText().trim().matches("\\d{1,9}")) {
      return Integer.parseInt(node.asText().trim());
    }
    return null;
  }

  private static Envelope envelope(feign.Response response) {
    if (response.request() == null
        || response.request().requestTemplate() == null
        || response.request().requestTemplate().methodMetadata() == null) {
      return null;
    }
    return response
        .request()
        .requestTemplate()
        .methodMetadata()
        .method()
        .getAnnotation(Envelope.class);
  }

  private Object empty(feign.Response response, boolean emptyAllowed, Type type) {
    if (emptyAllowed) {
      return null;
    }
    throw unexpected(
        response,
        "the response has no body, but " + typeName(type) + " was expected",
        new byte[0],
        null);
  }

  /**
   * Says what was wrong without quoting Jackson, whose messages can repeat body text (and so a
   * secret); positions and property paths are enough to find the problem in the excerpt.
   */
  private static String problem(JsonProcessingException e, String media, Type type) {
    String where =
        e.getLocation() != null
            ? " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
            : "";
    if (media != null && !Http.isJson(media)) {
      return "expected JSON but the response is " + media + where;
    }
    if (causedBy(e, JsonEOFException.class)) {
      return "the JSON body ends too early (truncated?)" + where;
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      String path = m.getPathReference();
      return "the JSON does not fit "
          + typeName(type)
          + (path != null && !path.isEmpty() ? " (" + shortPath(path) + ")" : "")
          + where;
    }
    return "the body is not valid JSON" + where;
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  /** Jackson path references name classes with packages; the property chain is what helps. */
  private static String shortPath(String path) {
    return path.replaceAll("[a-zA-Z0-9_$]+\\.(?=[a-zA-Z0-9_$]+[\\[\"])", "");
  }

  private ApiException unexpected(
      feign.Response response, String problem, byte[] head, String contentType) {
    ApiException.Details details =
        failures
            .details(ApiException.Kind.UNEXPECTED_RESPONSE, response.request())
            .status(response.status())
            .bodyExcerpt(
                head.length == 0
                    ? null
                    : failures.excerpt(head, contentType, ApiException.Details.MAX_EXCERPT))
            .headers(failures.redaction().headers(response.headers()))
            .problem(problem)
            .build();
    return failures.create(details, null);
  }

  private static String typeName(Type type) {
    if (type instanceof Class) {
      return ((Class<?>) type).getSimpleName();
    }
    return type.toString().replaceAll("[a-zA-Z0-9_$]+\\.", "");
  }

  private static URI requestUrl(feign.Response response) {
    try {
      return response.request() != null ? URI.create(response.request().url()) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Passes bytes through and keeps the first few, so that a body that failed to parse can still be
   * shown in the exception without buffering all of it up front.
   */
  private static final class HeadRecorder extends FilterInputStream {
    /** Bytes kept: more than the 2048-character excerpt, to cover multi-byte characters. */
    private static final int KEEP = 8192;

    /** Starts at the declared length when that is smaller, and grows up to KEEP if need be. */
    private byte[] head;

    private int kept;
    private long total;

    HeadRecorder(InputStream in, Integer declaredLength) {
      super(in);
      int size = declaredLength != null && declaredLength >= 0 ? declaredLength : KEEP;
      head = new byte[Math.max(1, Math.min(size, KEEP))];
    }

    /** Room for n more bytes of the head, as far as KEEP allows. */
    private void ensureRoom(int n) {
      if (kept + n > head.length && head.length < KEEP) {
        head = Arrays.copyOf(head, Math.min(KEEP, Math.max(head.length * 2, kept + n)));
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        total++;
        if (kept < KEEP) {
          ensureRoom(1);
          head[kept++] = (byte) b;
        }
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        total += n;
      }
      if (n > 0 && kept < KEEP) {
        int copy = Math.min(n, KEEP - kept);
        ensureRoom(copy);
        System.arraycopy(b, off, head, kept, copy);
        kept += copy;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Route skips through read() so that recorded bytes stay contiguous.
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      int read = read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }

    long total() {
      return total;
    }

    byte[] head() {
      return Arrays.copyOf(head, kept);
    }
  }
}
