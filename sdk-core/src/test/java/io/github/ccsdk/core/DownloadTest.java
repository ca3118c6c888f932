package io.github.ccsdk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.spi.TestClient;
import io.github.ccsdk.core.testing.WireServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DownloadTest {
  interface Api {
    @RequestLine("GET /files/{id}")
    Download get(@Param("id") String id);

    @RequestLine("GET /files/{id}")
    Response<Download> getWithResponse(@Param("id") String id);
  }

  private static final int CHUNK = 64 * 1024;
  private static final int TOTAL = 50 * 1024 * 1024;

  /** The byte at position i of the test file: a pattern, so corruption shows. */
  private static byte at(long i) {
    return (byte) (i * 31 + (i >> 16));
  }

  /**
   * 50 MB, at every log level: the server sends one chunk, then waits until the test has read that
   * chunk through the Download before it sends the rest. A client that buffered the body would
   * never hand the Download over, the server would give up after its safety timeout and close the
   * connection, and the test would fail on the truncated body.
   */
  @ParameterizedTest
  @EnumSource(names = {"NONE", "HEADERS", "FULL"})
  void streamsFiftyMegabytesWithoutBuffering(LogLevel level) throws Exception {
    CountDownLatch firstChunkRead = new CountDownLatch(1);
    AtomicBoolean serverGaveUp = new AtomicBoolean();
    try (WireServer server =
        WireServer.start(
            exchange -> {
              exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
              exchange.sendResponseHeaders(200, TOTAL);
              try (OutputStream out = exchange.getResponseBody()) {
                byte[] buffer = new byte[CHUNK];
                long sent = 0;
                while (sent < TOTAL) {
                  for (int i = 0; i < CHUNK; i++) {
                    buffer[i] = at(sent + i);
                  }
                  out.write(buffer);
                  out.flush();
                  sent += CHUNK;
                  if (sent == CHUNK && !firstChunkRead.await(20, TimeUnit.SECONDS)) {
                    serverGaveUp.set(true);
                    return;
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            })) {
      Api api = TestClient.forServer(server).logLevel(level).create(Api.class);
      try (Download download = api.get("big")) {
        assertEquals(Optional.of("application/octet-stream"), download.contentType());
        assertEquals(OptionalLong.of(TOTAL), download.contentLength());
        InputStream in = download.stream();
        byte[] first = in.readNBytes(CHUNK);
        assertEquals(CHUNK, first.length);
        firstChunkRead.countDown();
        long read = first.length;
        byte[] buffer = new byte[CHUNK];
        int n;
        boolean patternOk = first[CHUNK - 1] == at(CHUNK - 1);
        while ((n = in.read(buffer)) > 0) {
          patternOk &= buffer[n - 1] == at(read + n - 1);
          read += n;
        }
        assertFalse(serverGaveUp.get(), "the client did not hand over the stream before the end");
        assertEquals(TOTAL, read);
        assertTrue(patternOk);
      }
    }
  }

  @Test
  void closingEarlyReleasesTheStream() throws Exception {
    byte[] body = new byte[1024 * 1024];
    Arrays.fill(body, (byte) 7);
    try (WireServer server = WireServer.start(exchange -> WireServer.send(exchange, 200, body))) {
      Api api = TestClient.forServer(server).create(Api.class);
      Download download = api.get("x");
      assertEquals(7, download.stream().read());
      download.close();
      // The client keeps working after an early close.
      try (Download again = api.get("y")) {
        assertArrayEquals(body, again.stream().readAllBytes());
      }
    }
  }

  @Test
  void downloadInAResponse() throws Exception {
    try (WireServer server =
        WireServer.start(
            WireServer.respond(
                200, "image/png", "PNG", "Content-Disposition", "attachment; filename=a.png"))) {
      Response<Download> r = TestClient.forServer(server).create(Api.class).getWithResponse("a");
      try (Download d = r.body()) {
        assertEquals(200, r.status());
        assertEquals(Optional.of("attachment; filename=a.png"), r.header("content-disposition"));
        assertEquals("PNG", new String(d.stream().readAllBytes()));
        assertEquals(Optional.of("image/png"), d.contentType());
        assertTrue(d.toString().contains("image/png"));
      }
    }
  }

  @Test
  void emptyDownload() throws Exception {
    try (WireServer server = WireServer.start(WireServer.respond(204, null, ""))) {
      try (Download d = TestClient.forServer(server).create(Api.class).get("none")) {
        assertEquals(-1, d.stream().read());
      }
    }
  }
}
