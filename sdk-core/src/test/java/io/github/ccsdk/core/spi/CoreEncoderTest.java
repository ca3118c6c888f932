package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.Visitor;
import io.github.ccsdk.core.VisitorStatus;
import io.github.ccsdk.core.testing.WireServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request bodies as the server receives them. */
class CoreEncoderTest {
  interface Api {
    @RequestLine("POST /files?chat={chat}")
    @Headers({"Accept: application/json", "Content-Type: multipart/form-data"})
    Visitor upload(
        @Param("chat") String chat,
        @Param("file") Upload file,
        @Param("note") String note,
        @Param("status") VisitorStatus status,
        @Param("meta") Visitor meta,
        @Param("empty") String empty);

    @RequestLine("POST /token")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    void token(@Param("username") String username, @Param("password") String password);

    @RequestLine("POST /agents/1:action")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    void action(Visitor arguments);

    @RequestLine("POST /visitors")
    void create(Visitor visitor);

    @RequestLine("POST /visitors/1/close")
    @Headers("Content-Type: application/json")
    @OptionalBody
    void close(Visitor reason);

    @RequestLine("PUT /raw")
    void raw(Upload content);

    @RequestLine("POST /form")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    void uploadInForm(@Param("file") Upload file);
  }

  /** One part of a multipart body, as a server parses it. */
  record Part(Map<String, String> headers, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private WireServer server;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start(WireServer.json(200, "{}"));
    api = TestClient.forServer(server).create(Api.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void multipartFromBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, 1};
    api.upload(
        "c 1",
        Upload.of(png, "pic \"1\".png", "image/png"),
        "hello wörld",
        VisitorStatus.of("chatting"),
        Visitor.builder().name("Ann").build(),
        null);
    WireServer.Recorded r = server.last();
    assertEquals("chat=c%201", r.rawQuery(), "path/query params stay out of the body");
    String contentType = r.header("Content-Type");
    assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
    List<Part> parts = parse(r.body(), contentType.substring(contentType.indexOf('=') + 1));
    assertEquals(4, parts.size(), "a null parameter makes no part");

    Part file = parts.get(0);
    assertEquals(
        "form-data; name=\"file\"; filename=\"pic %221%22.png\"",
        file.headers().get("content-disposition"));
    assertEquals("image/png", file.headers().get("content-type"));
    assertArrayEquals(png, file.content());

    assertEquals("form-data; name=\"note\"", parts.get(1).headers().get("content-disposition"));
    assertNull(parts.get(1).headers().get("content-type"));
    assertEquals("hello wörld", parts.get(1).text());
    assertEquals("chatting", parts.get(2).text());
    assertEquals("application/json", parts.get(3).headers().get("content-type"));
    assertEquals("{\"name\":\"Ann\"}", parts.get(3).text());
  }

  @Test
  void multipartFromFileAndStream(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, "line 1\nline 2\n");
    api.upload("c", Upload.of(file), null, null, null, null);
    Part part = parse(server.last()).get(0);
    assertEquals(
        "form-data; name=\"file\"; filename=\"report.txt\"",
        part.headers().get("content-disposition"));
    assertEquals("line 1\nline 2\n", part.text());

    api.upload(
        "c",
        Upload.of(new ByteArrayInputStream(new byte[] {1, 2, 3}), "b.bin", "application/x-b"),
        null,
        null,
        null,
        null);
    Part streamed = parse(server.last()).get(0);
    assertArrayEquals(new byte[] {1, 2, 3}, streamed.content());
    assertEquals("application/x-b", streamed.headers().get("content-type"));
  }

  @Test
  void formFromParameters() {
    api.token("ann+bob@example.com", "p&ss w=rd");
    WireServer.Recorded r = server.last();
    assertEquals("application/x-www-form-urlencoded", r.header("Content-Type"));
    assertEquals("username=ann%2Bbob%40example.com&password=p%26ss%20w%3Drd", r.bodyText());
  }

  @Test
  void formFromAModel() {
    api.action(
        Visitor.builder()
            .name("A B")
            .visits(2)
            .tags(List.of("x", "y"))
            .putAdditionalProperty("extra", Json.mapper().createObjectNode().put("k", 1))
            .build());
    // Property order is Jackson's; what counts is each pair, and list order within a name.
    List<String> pairs = new ArrayList<>(List.of(server.last().bodyText().split("&")));
    assertEquals(
        List.of("tags=x", "tags=y"), pairs.stream().filter(p -> p.startsWith("tags=")).toList());
    pairs.sort(null);
    assertEquals(
        List.of("extra=%7B%22k%22%3A1%7D", "name=A%20B", "tags=x", "tags=y", "visits=2"), pairs);
  }

  @Test
  void aNullOptionalBodySendsNone() {
    api.close(null);
    WireServer.Recorded r = server.last();
    assertEquals("POST", r.method());
    assertEquals(0, r.body().length);
    assertNull(r.header("Content-Type"), "no body, no content type");

    api.close(Visitor.builder().name("Ann").build());
    assertEquals("{\"name\":\"Ann\"}", server.last().bodyText());
  }

  @Test
  void aNullRequiredBodyIsRefusedNamingTheMethod() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> api.create(null));
    assertEquals("Api.create: the request body is required", e.getMessage());
    assertEquals(0, server.requests().size(), "nothing was sent");
  }

  @Test
  void jsonByDefault() {
    api.create(Visitor.builder().name("Ann").visits(1).build());
    WireServer.Recorded r = server.last();
    assertEquals("application/json", r.header("Content-Type"));
    assertEquals("{\"name\":\"Ann\",\"visits\":1}", r.bodyText());
  }

  @Test
  void uploadAsTheWholeBody() {
    api.raw(Upload.of(new byte[] {9, 8}, "x.bin", "application/x-custom"));
    assertArrayEquals(new byte[] {9, 8}, server.last().body());
    assertEquals("application/x-custom", server.last().header("Content-Type"));
  }

  @Test
  void uploadNeedsMultipart() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> api.uploadInForm(Upload.of(new byte[1], "a", "b/c")));
    assertTrue(e.getMessage().contains("needs Content-Type multipart/form-data"), e.getMessage());
    assertEquals(0, server.requests().size());
  }

  @Test
  void uploadValidation(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> Upload.of(dir.resolve("missing")));
    assertThrows(
        IllegalArgumentException.class, () -> Upload.of(new byte[0], "a\r\nX: y", "text/plain"));
    assertThrows(IllegalArgumentException.class, () -> Upload.of(new byte[0], "a", " "));
    assertEquals(
        "Upload{filename=a, contentType=b/c}", Upload.of(new byte[0], "a", "b/c").toString());
  }

  private static List<Part> parse(WireServer.Recorded r) {
    String contentType = r.header("Content-Type");
    return parse(r.body(), contentType.substring(contentType.indexOf('=') + 1));
  }

  /** A strict little multipart parser: CRLF line ends, parts between boundary lines. */
  private static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    assertEquals(0, pos, "body starts with the boundary");
    while (true) {
      pos += delimiter.length;
      if (body[pos] == '-' && body[pos + 1] == '-') {
        assertEquals(
            "--\r\n", new String(body, pos, body.length - pos, StandardCharsets.ISO_8859_1));
        return parts;
      }
      assertEquals('\r', body[pos]);
      assertEquals('\n', body[pos + 1]);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos + 2);
      Map<String, String> headers = new LinkedHashMap<>();
      String headerText = new String(body, pos + 2, headersEnd - pos - 2, StandardCharsets.UTF_8);
      for (String line : headerText.split("\r\n")) {
        int colon = line.indexOf(':');
        headers.put(
            line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
      }
      int contentStart = headersEnd + 4;
      int next =
          indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), contentStart);
      parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, next)));
      pos = next + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not found");
  }
}
