package io.github.ccsdk.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file part of a {@code multipart/form-data} request (or the whole body of a binary request).
 *
 * <p>Feign sends request bodies from memory, so the content is read into memory when the request is
 * sent (once, however often the call is retried); use {@code Download} for large responses, not
 * large uploads.
 */
public final class Upload {
  private static final String OCTET_STREAM = "application/octet-stream";

  private interface Content {
    byte[] read() throws IOException;
  }

  private final Content content;
  private final String filename;
  private final String contentType;

  private Upload(Content content, String filename, String contentType) {
    this.content = content;
    this.filename =
        checkHeaderSafe(Objects.requireNonNull(filename, "filename == null"), "filename");
    this.contentType =
        checkHeaderSafe(Objects.requireNonNull(contentType, "contentType == null"), "contentType");
    if (contentType.trim().isEmpty()) {
      throw new IllegalArgumentException("contentType is blank");
    }
  }

  /**
   * The file at {@code path}, named by its file name, typed by {@link Files#probeContentType} (else
   * {@code application/octet-stream}); read when the request is sent.
   */
  public static Upload of(Path path) {
    Objects.requireNonNull(path, "path == null");
    Path name = path.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("path has no file name: " + path);
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new IllegalArgumentException("not a readable file: " + path);
    }
    String type;
    try {
      type = Files.probeContentType(path);
    } catch (IOException e) {
      type = null; // the type is a hint to the server; not knowing it is no reason to fail
    }
    return new Upload(
        () -> Files.readAllBytes(path), name.toString(), type != null ? type : OCTET_STREAM);
  }

  /** These bytes (copied), sent as {@code filename} of type {@code contentType}. */
  public static Upload of(byte[] content, String filename, String contentType) {
    byte[] copy = Objects.requireNonNull(content, "content == null").clone();
    return new Upload(() -> copy, filename, contentType);
  }

  /**
   * The rest of {@code stream}, read and closed when the request is sent. A stream can be read only
   * once, so such an upload can be sent by one call only.
   */
  public static Upload of(InputStream stream, String filename, String contentType) {
    Objects.requireNonNull(stream, "stream == null");
    AtomicBoolean used = new AtomicBoolean();
    return new Upload(
        () -> {
          if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException(
                "an Upload made from an InputStream can be sent only once");
          }
          try (InputStream in = stream) {
            // Not readAllBytes(): Java 9+, and Android only from API 33.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
              out.write(buffer, 0, n);
            }
            return out.toByteArray();
          }
        },
        filename,
        contentType);
  }

  /** The file name sent with the part. */
  public String filename() {
    return filename;
  }

  /** The content type of the part. */
  public String contentType() {
    return contentType;
  }

  /**
   * The content: reads the file or the stream (a stream only once). The runtime calls it when it
   * sends the request; there is no need to call it yourself.
   */
  public byte[] bytes() throws IOException {
    return content.read();
  }

  @Override
  public String toString() {
    return "Upload{filename=" + filename + ", contentType=" + contentType + '}';
  }

  /** CR or LF would let a value end its part header and start another one. */
  private static String checkHeaderSafe(String value, String what) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(what + " contains a line break");
    }
    return value;
  }
}
