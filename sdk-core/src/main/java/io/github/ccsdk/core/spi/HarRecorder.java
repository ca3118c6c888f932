package io.github.ccsdk.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ccsdk.core.Download;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Client} that appends every exchange it carries to a HAR file, with secrets redacted by
 * the client's {@link Redaction}: credential headers (the scheme word of {@code Authorization} is
 * kept, so a validator can still tell Basic from Bearer), secret query parameters, form fields and
 * JSON properties, in requests and responses alike.
 *
 * <p>It sits directly on the HTTP client, under retries and other decorators, so each attempt is
 * recorded as it went over the wire. Text bodies (JSON, forms, text) up to {@value #MAX_RECORDED}
 * bytes are recorded; binary and multipart bodies are not (multipart fields could hold secrets the
 * redaction rules cannot see), and binary responses are passed through unread, so {@link Download}
 * still streams. An exchange that fails before a response is not recorded: there is nothing to
 * validate. A HAR file that cannot be written is reported once, at WARN, through the client's log
 * and never fails the call: the call may have changed data on the server already.
 */
final class HarRecorder implements Client {
  /** Larger text bodies are passed on but not recorded. */
  static final int MAX_RECORDED = 8 * 1024 * 1024;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Client delegate;
  private final HarFile file;
  private final Redaction redaction;
  private final Clock clock;
  private final String comment;
  private final AtomicBoolean warned = new AtomicBoolean();
  private final Log log;

  HarRecorder(
      Client delegate, HarFile file, Redaction redaction, Clock clock, String userAgent, Log log) {
    this.delegate = delegate;
    this.log = log;
    this.file = file;
    this.redaction = redaction;
    this.clock = clock;
    this.comment = "recorded by " + userAgent + " (ccsdk recorder)";
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Instant started = clock.instant();
    long start = System.nanoTime();
    Response response = delegate.execute(request, options);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String contentType = Http.header(response.headers(), "Content-Type");
    String media = Http.mediaType(contentType);
    byte[] recorded = null;
    String omitted = null;
    Response passOn = response;
    if (response.body() != null && response.status() != 204 && response.status() != 304) {
      Integer length = response.body().length();
      boolean text =
          Http.isText(media) || (media == null && length != null && length <= MAX_RECORDED);
      if (text) {
        InputStream in = response.body().asInputStream();
        byte[] head = Http.readAtMost(in, MAX_RECORDED + 1);
        if (head.length <= MAX_RECORDED) {
          in.close();
          recorded = head;
          passOn = response.toBuilder().body(head).build();
        } else {
          // Too big to keep: give the caller every byte, record none.
          omitted = "body larger than " + MAX_RECORDED + " bytes, not recorded";
          passOn =
              response.toBuilder()
                  .body(new SequenceInputStream(new ByteArrayInputStream(head), in), length)
                  .build();
        }
      } else {
        omitted = "binary body not recorded";
      }
    }
    try {
      file.append(entry(request, response, started, millis, recorded, omitted));
    } catch (IOException | RuntimeException e) {
      if (warned.compareAndSet(false, true)) {
        log.log(
            Log.Level.WARN,
            "cannot append to the HAR file "
                + file.path()
                + " ("
                + e.getClass().getSimpleName()
                + "); this client records no further exchanges to it");
      }
    }
    return passOn;
  }

  private byte[] entry(
      Request request,
      Response response,
      Instant started,
      long millis,
      byte[] responseBody,
      String omitted)
      throws JsonProcessingException {
    ObjectNode entry = NODES.objectNode();
    entry.put("startedDateTime", started.toString());
    entry.put("time", millis);

    ObjectNode req = entry.putObject("request");
    req.put("method", request.httpMethod().name());
    String url = redaction.url(request.url());
    req.put("url", url);
    req.put("httpVersion", "HTTP/1.1");
    req.putArray("cookies");
    headers(req.putArray("headers"), request.headers());
    ArrayNode query = req.putArray("queryString");
    int q = url.indexOf('?');
    if (q >= 0) {
      for (String pair : url.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        query
            .addObject()
            .put("name", PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq), true))
            .put("value", eq < 0 ? "" : PercentEncoding.decode(pair.substring(eq + 1), true));
      }
    }
    byte[] body = request.body();
    req.put("headersSize", -1);
    req.put("bodySize", body == null ? 0 : body.length);
    if (body != null && body.length > 0) {
      String type = Http.header(request.headers(), "Content-Type");
      ObjectNode postData = req.putObject("postData");
      postData.put("mimeType", type == null ? "" : type);
      String media = Http.mediaType(type);
      List<MultipartBody.Part> parts =
          "multipart/form-data".equals(media) && body.length <= MAX_RECORDED
              ? MultipartBody.parse(body, MultipartBody.boundary(type))
              : null;
      if (Http.isText(media) && body.length <= MAX_RECORDED) {
        postData.put("text", redacted(body, type));
      } else if (parts != null) {
        ArrayNode params = postData.putArray("params");
        parts.forEach(part -> params.add(param(part)));
      } else {
        postData.put(
            "comment",
            media != null && media.startsWith("multipart/")
                ? "multipart body not recorded"
                : "binary body not recorded");
      }
    }

    ObjectNode res = entry.putObject("response");
    res.put("status", response.status());
    res.put("statusText", response.reason() == null ? "" : response.reason());
    res.put("httpVersion", "HTTP/1.1");
    res.putArray("cookies");
    headers(res.putArray("headers"), response.headers());
    ObjectNode content = res.putObject("content");
    String type = Http.header(response.headers(), "Content-Type");
    Integer length = response.body() == null ? Integer.valueOf(0) : response.body().length();
    content.put("size", responseBody != null ? responseBody.length : length == null ? -1 : length);
    content.put("mimeType", type == null ? "" : type);
    if (responseBody != null) {
      content.put("text", redacted(responseBody, type));
    } else if (omitted != null) {
      content.put("comment", omitted);
    }
    res.put("redirectURL", "");
    res.put("headersSize", -1);
    res.put("bodySize", responseBody != null ? responseBody.length : length == null ? -1 : length);

    entry.putObject("cache");
    entry.putObject("timings").put("send", 0).put("wait", millis).put("receive", 0);
    entry.put("comment", comment);
    return Json.mapper().writeValueAsBytes(entry);
  }

  /**
   * A multipart part as HAR's {@code params} entry: a field with its text (redacted under a secret
   * name); a file with its name and content type, and in place of its bytes their count and SHA-256
   * ({@code _size}, {@code _sha256}: HAR's custom fields).
   */
  private ObjectNode param(MultipartBody.Part part) {
    ObjectNode param = NODES.objectNode();
    param.put("name", part.name());
    boolean file =
        part.fileName() != null
            || (part.contentType() != null && !Http.isText(Http.mediaType(part.contentType())));
    if (part.contentType() != null) {
      param.put("contentType", part.contentType());
    }
    if (!file) {
      param.put(
          "value",
          redaction.isSecretName(part.name())
              ? Redaction.REDACTED
              : new String(part.content(), Http.charset(part.contentType())));
      return param;
    }
    if (part.fileName() != null) {
      param.put("fileName", part.fileName());
    }
    param.put("_size", part.content().length);
    param.put("_sha256", sha256(part.content()));
    return param;
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
      // By hand: java.util.HexFormat is Java 17+ and not on Android.
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private String redacted(byte[] body, String contentType) {
    String text = new String(body, Http.charset(contentType));
    return "application/x-www-form-urlencoded".equals(Http.mediaType(contentType))
        ? redaction.form(text)
        : redaction.text(text);
  }

  private void headers(ArrayNode out, Map<String, Collection<String>> headers) {
    if (headers == null) {
      return;
    }
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        continue;
      }
      String name = e.getKey();
      for (String value : redaction.headers(Map.of(name, e.getValue())).get(name)) {
        out.addObject().put("name", name).put("value", value);
      }
    }
  }

  @Override
  public String toString() {
    return "HarRecorder{" + file.path() + "}";
  }
}
