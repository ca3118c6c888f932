package io.github.ccsdk.core.spi;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.ccsdk.core.HttpVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLContext;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * The default transport: a {@link feign.Client} over one {@code java.net.http.HttpClient}, whose
 * connection pool keeps every idle connection (not 5 per host as {@code HttpURLConnection} does),
 * which sends every method including PATCH and keeps the body of any error status.
 *
 * <p>What it guarantees on top of the JDK client:
 *
 * <ul>
 *   <li><b>Read timeout on the body too.</b> The request timeout covers the wait for the response
 *       head; each wait for body bytes then has the same bound, and a stalled body fails with a
 *       {@link SocketTimeoutException} (as {@code HttpURLConnection} reports it, so the retries
 *       classify it alike) and its connection is closed.
 *   <li><b>Interrupts abort the exchange.</b> An interrupt of the calling thread while it waits for
 *       the head or for body bytes cancels the exchange (its connection is closed) and ends in an
 *       {@link InterruptedIOException}, with the thread's interrupt flag set again. The retryer
 *       never repeats such a call.
 *   <li><b>Headers as received:</b> one case-insensitive map of lists, repeated headers in order; a
 *       Content-Length above 2 GiB is passed on as a header (Feign's body length is an {@code int},
 *       so it is left unknown there).
 *   <li><b>An optional bound on exchanges in flight</b> ({@code maxConnections}): a fair semaphore
 *       around each exchange, released once its body is read to the end, closed, or fails.
 * </ul>
 *
 * <p>Redirects are never followed (the runtime reports a 3xx), and gzip or deflate response bodies
 * are inflated as Feign's {@code HttpURLConnection} client did. The JDK client's executor runs its
 * callbacks (a virtual thread per task on JDK 21 and later, the JDK's default pool before); the
 * caller's thread only waits on them.
 *
 * <p>Why not Feign's own {@code java.net.http} client ({@code feign-java11}): it gathers response
 * headers into unordered sets, so a repeated header loses its order; it reads Content-Length as an
 * {@code int}; it builds another {@code HttpClient} whenever the options differ; it turns an
 * interrupt into a plain {@code IOException} that the retryer could not tell from an outage; and
 * nothing bounds the wait for body bytes once the head has arrived.
 *
 * <p>Android has no {@code java.net.http}: the builder never reaches this class there ({@link
 * Transports#defaultTransport} chooses {@code URL_CONNECTION}), hence the exemption from the
 * Android API check.
 */
@IgnoreJRERequirement
final class JavaHttpTransport implements Client {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> SET_BY_THE_JDK =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;
  private final Semaphore permits;

  private JavaHttpTransport(HttpClient http, Semaphore permits) {
    this.http = http;
    this.permits = permits;
  }

  /**
   * A transport with its own connection pool.
   *
   * @param sslContext null for the JDK's default
   * @param proxy null for the JVM's default selector ({@code http.proxyHost} and friends), as
   *     {@code HttpURLConnection} uses it
   * @param maxConnections exchanges in flight at most; 0 for no bound
   */
  static JavaHttpTransport create(
      Duration connectTimeout,
      HttpVersion version,
      SSLContext sslContext,
      ProxySelector proxy,
      int maxConnections) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(
                version == HttpVersion.HTTP_2
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout);
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    ProxySelector selector = proxy != null ? proxy : ProxySelector.getDefault();
    if (selector != null) {
      builder.proxy(selector);
    }
    if (Threads.virtual()) {
      // The JDK's default executor is a growing pool of platform threads: with a thousand calls
      // in flight it grew by dozens. A virtual thread per task costs none.
      ThreadFactory threads = Threads.defaults("ccsdk-http");
      builder.executor(task -> threads.newThread(task).start());
    }
    return new JavaHttpTransport(
        builder.build(), maxConnections > 0 ? new Semaphore(maxConnections, true) : null);
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("interrupted before sending the request");
    }
    Duration readTimeout = Duration.ofMillis(Math.max(1, options.readTimeoutMillis()));
    HttpRequest outgoing = toHttpRequest(request, readTimeout);
    Permit permit = acquire();
    HttpResponse<TimedBody> response;
    AtomicReference<TimedBody> body = new AtomicReference<>();
    try {
      // send, not sendAsync(...).get(): the JDK completes a synchronous send on its selector
      // thread, where sendAsync hands the answer to its executor first, a thread hop that cost
      // 2 to 3 times the whole exchange on loopback. An interrupted send cancels its exchange,
      // which closes the connection.
      response =
          http.send(
              outgoing,
              info -> {
                TimedBody started = new TimedBody(readTimeout, permit);
                body.set(started);
                return started;
              });
    } catch (InterruptedException e) {
      permit.release();
      // The head may have arrived as the interrupt did: the JDK then hands its body to a
      // subscriber no one will read. Cancel it, or the connection stays open until the server
      // gives up.
      TimedBody abandoned = body.get();
      if (abandoned != null) {
        abandoned.abort();
      }
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the response");
    } catch (IOException e) {
      permit.release();
      throw failure(e);
    } catch (RuntimeException e) {
      permit.release();
      throw e;
    }
    return toResponse(request, response);
  }

  private Permit acquire() throws InterruptedIOException {
    if (permits == null) {
      return Permit.NONE;
    }
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a free connection");
    }
    return new Permit(permits);
  }

  private static HttpRequest toHttpRequest(Request request, Duration readTimeout)
      throws IOException {
    URI uri;
    try {
      uri = URI.create(request.url());
    } catch (IllegalArgumentException e) {
      // The message would repeat the URL with any secret in its query: say where, not what.
      throw new IOException("the request URL is not a valid URI");
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(readTimeout);
    boolean accept = false;
    Collection<String> encoding = null;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("accept")) {
        accept = true;
      } else if (lower.equals("content-encoding")) {
        encoding = header.getValue();
      }
      if (SET_BY_THE_JDK.contains(lower)) {
        continue;
      }
      if (lower.equals("accept-encoding")) {
        builder.header(name, String.join(", ", header.getValue()));
        continue;
      }
      for (String value : header.getValue()) {
        builder.header(name, value);
      }
    }
    if (!accept) {
      builder.header("Accept", "*/*"); // as HttpURLConnection; some servers refuse no Accept
    }
    byte[] body = request.body();
    HttpRequest.BodyPublisher publisher =
        body == null || body.length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(compressed(body, encoding));
    return builder.method(request.httpMethod().name(), publisher).build();
  }

  /** The body compressed as its Content-Encoding says (gzip or deflate), as Feign's client did. */
  private static byte[] compressed(byte[] body, Collection<String> encoding) throws IOException {
    if (encoding == null || !(encoding.contains("gzip") || encoding.contains("deflate"))) {
      return body;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out =
        encoding.contains("gzip") ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
      out.write(body);
    }
    return bytes.toByteArray();
  }

  private static Response toResponse(Request request, HttpResponse<TimedBody> response)
      throws IOException {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      if (!header.getKey().startsWith(":")) { // HTTP/2 pseudo-headers are not headers
        headers.put(header.getKey(), List.copyOf(header.getValue()));
      }
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    Integer length = declared >= 0 && declared <= Integer.MAX_VALUE ? (int) declared : null;
    TimedBody timed = response.body();
    timed.declared = declared;
    InputStream body = timed;
    Collection<String> encoding = headers.get("Content-Encoding");
    if (encoding != null && encoding.contains("gzip")) {
      body = inflated(timed, true);
      length = null;
    } else if (encoding != null && encoding.contains("deflate")) {
      body = inflated(timed, false);
      length = null;
    }
    return Response.builder()
        .status(response.statusCode())
        // java.net.http does not expose the reason phrase; nothing in the runtime needs it
        .headers(headers)
        .request(request)
        .body(body, length)
        .build();
  }

  private static InputStream inflated(TimedBody body, boolean gzip) throws IOException {
    try {
      return gzip ? new GZIPInputStream(body) : new InflaterInputStream(body);
    } catch (IOException e) {
      body.close();
      throw e;
    }
  }

  /** The JDK client's failure as {@code HttpURLConnection} would have reported it. */
  private static IOException failure(IOException t) {
    if (t instanceof HttpConnectTimeoutException) {
      SocketTimeoutException timeout = new SocketTimeoutException("Connect timed out");
      timeout.initCause(t);
      return timeout;
    }
    if (t instanceof HttpTimeoutException) {
      SocketTimeoutException timeout = new SocketTimeoutException("Read timed out");
      timeout.initCause(t);
      return timeout;
    }
    return t;
  }

  /** A slot of the {@code maxConnections} bound, given back once. */
  private static final class Permit {
    static final Permit NONE = new Permit(null);

    private final Semaphore semaphore;
    private final AtomicBoolean released = new AtomicBoolean();

    Permit(Semaphore semaphore) {
      this.semaphore = semaphore;
    }

    void release() {
      if (semaphore != null && released.compareAndSet(false, true)) {
        semaphore.release();
      }
    }
  }

  /**
   * The response body as a blocking stream with a bound on every wait for bytes. It asks the JDK
   * client for a few batches of buffers ahead of the reader, so a slow reader holds back the
   * connection rather than filling memory.
   */
  @IgnoreJRERequirement
  static final class TimedBody extends InputStream
      implements HttpResponse.BodySubscriber<TimedBody> {
    /** Queued after the last buffer. */
    private static final Object END = new Object();

    /**
     * Batches asked for ahead of the reader, so that a large body streams without a hand-over
     * between threads per batch, while a slow reader still holds back the connection.
     */
    private static final int PREFETCH = 4;

    /** The most bytes {@link #close()} passes over to keep a connection. */
    private static final long MAX_DRAIN = 64 * 1024;

    private final Duration readTimeout;
    private final Permit permit;
    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private volatile boolean complete;
    private volatile long declared = -1;

    // Used by the reading thread only.
    private Iterator<ByteBuffer> batch = List.<ByteBuffer>of().iterator();
    private ByteBuffer current;
    private IOException failed;
    private boolean ended;
    private boolean closed;
    private long delivered;

    TimedBody(Duration readTimeout, Permit permit) {
      this.readTimeout = readTimeout;
      this.permit = permit;
    }

    // ---- the JDK client's side ----

    @Override
    public CompletionStage<TimedBody> getBody() {
      return CompletableFuture.completedFuture(this); // the head is enough to answer
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      if (!subscription.complete(s)) {
        s.cancel();
        return;
      }
      s.request(PREFETCH);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      arrived.add(buffers);
    }

    @Override
    public void onError(Throwable t) {
      permit.release();
      arrived.add(t);
    }

    @Override
    public void onComplete() {
      complete = true;
      permit.release(); // the connection is free again
      arrived.add(END);
    }

    // ---- the reader's side ----

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      java.util.Objects.checkFromIndexSize(offset, length, into.length);
      if (closed) {
        throw new IOException("the response body is closed");
      }
      if (length == 0) {
        return 0;
      }
      ByteBuffer buffer = nextBuffer();
      if (buffer == null) {
        return -1;
      }
      int n = Math.min(length, buffer.remaining());
      buffer.get(into, offset, n);
      delivered += n;
      return n;
    }

    @Override
    public int available() {
      return current != null ? current.remaining() : 0;
    }

    /** A buffer with bytes left, or null at the end of the body. */
    private ByteBuffer nextBuffer() throws IOException {
      while (current == null || !current.hasRemaining()) {
        if (failed != null) {
          throw failed;
        }
        if (ended) {
          return null;
        }
        if (batch.hasNext()) {
          current = batch.next();
          continue;
        }
        Object next;
        try {
          next = arrived.poll(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          abort();
          Thread.currentThread().interrupt();
          failed = new InterruptedIOException("interrupted while reading the response body");
          throw failed;
        }
        if (next == null) {
          abort();
          failed = new SocketTimeoutException("Read timed out");
          throw failed;
        }
        take(next);
      }
      return current;
    }

    /** Takes what the JDK client queued: buffers (asking for the next), the end or a failure. */
    private void take(Object next) {
      if (next == END) {
        ended = true;
      } else if (next instanceof Throwable) {
        Throwable t = (Throwable) next;
        failed = t instanceof IOException ? (IOException) t : new IOException(t);
      } else {
        @SuppressWarnings("unchecked") // only buffers, END and failures are queued
        List<ByteBuffer> buffers = (List<ByteBuffer>) next;
        batch = buffers.iterator();
        subscription.thenAccept(s -> s.request(1));
      }
    }

    /**
     * On close: whether the rest of the body could be passed over so that its connection can be
     * used again. Skips what has already arrived (a reader such as Jackson stops at the last token,
     * short of the end); once the declared length has been read, the end is moments away (the JDK
     * client hands the connection back to its pool first), so it waits for it, within the read
     * timeout and at most a second. Anything else would block on the server: no.
     */
    private boolean drained() {
      long waitNanos = Math.min(readTimeout.toNanos(), TimeUnit.SECONDS.toNanos(1));
      long deadline = System.nanoTime() + waitNanos;
      while (!ended) {
        if (failed != null) {
          return false;
        }
        if (current != null) {
          delivered += current.remaining();
          current = null;
        }
        while (batch.hasNext()) {
          delivered += batch.next().remaining();
        }
        if (delivered > MAX_DRAIN) {
          return false;
        }
        boolean atTheEnd = declared >= 0 && delivered >= declared;
        Object next;
        try {
          next =
              atTheEnd
                  ? arrived.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)
                  : arrived.poll();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
        if (next == null) {
          return false;
        }
        take(next);
      }
      return true;
    }

    /** Stops the exchange: the JDK client closes a connection whose body is cancelled. */
    private void abort() {
      permit.release();
      subscription.thenAccept(Flow.Subscription::cancel);
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (!drained()) {
        abort(); // an unread rest would block the connection: close it instead
      }
      permit.release();
    }
  }
}
