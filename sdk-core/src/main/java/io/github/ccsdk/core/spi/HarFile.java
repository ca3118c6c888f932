package io.github.ccsdk.core.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A HAR 1.2 file that exchanges are appended to, and that is a complete, valid HAR after every
 * append: the file always ends with the same closing bytes, and an entry is written over them and
 * followed by them again. So a crash or a kill between two calls never leaves half a file, and a
 * later run (or another client, or another process) appends to the same session.
 *
 * <p>Appends from several clients of one JVM are serialised on one lock per file, and appends from
 * several processes on a file lock.
 */
final class HarFile {
  private static final byte[] SUFFIX = "\n]}}\n".getBytes(StandardCharsets.UTF_8);
  private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final Path path;
  private final Object lock;

  private HarFile(Path path) {
    this.path = path;
    this.lock = LOCKS.computeIfAbsent(path, p -> new Object());
  }

  /**
   * Opens {@code file} for appending, creating it (and its parent directories) when it does not
   * exist or is empty.
   *
   * @throws IllegalArgumentException if the file exists but was not written by this recorder
   * @throws UncheckedIOException if it cannot be created or read
   */
  static HarFile open(Path file, String creator) {
    Path path = file.toAbsolutePath().normalize();
    HarFile har = new HarFile(path);
    synchronized (har.lock) {
      try {
        if (Files.isDirectory(path)) {
          throw new IllegalArgumentException("recordTo: " + file + " is a directory, not a file");
        }
        if (Files.exists(path) && Files.size(path) > 0) {
          try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            if (!endsWithSuffix(channel)) {
              throw new IllegalArgumentException(
                  "recordTo: "
                      + file
                      + " exists and is not a HAR file written by the ccsdk recorder; name a new"
                      + " file or one an earlier recording wrote");
            }
          }
        } else {
          if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
          }
          String header =
              "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"ccsdk\",\"version\":"
                  + quote(creator)
                  + "},\"entries\":[";
          byte[] start = header.getBytes(StandardCharsets.UTF_8);
          byte[] all = Arrays.copyOf(start, start.length + SUFFIX.length);
          System.arraycopy(SUFFIX, 0, all, start.length, SUFFIX.length);
          Files.write(path, all);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("recordTo: cannot write " + file + ": " + e.getMessage(), e);
      }
    }
    return har;
  }

  Path path() {
    return path;
  }

  /** Appends one entry (a JSON object, as UTF-8 bytes). */
  void append(byte[] entry) throws IOException {
    synchronized (lock) {
      try (FileChannel channel =
          FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        // Another process may append to the same file: hold its lock for the read-modify-write.
        FileLock fileLock = channel.lock();
        try {
          appendLocked(channel, entry);
        } finally {
          fileLock.release();
        }
      }
    }
  }

  private void appendLocked(FileChannel channel, byte[] entry) throws IOException {
    if (!endsWithSuffix(channel)) {
      throw new IOException(path + " was changed by something else and is no longer a HAR file");
    }
    long end = channel.size() - SUFFIX.length;
    ByteBuffer before = ByteBuffer.allocate(1);
    channel.read(before, end - 1);
    boolean first = before.get(0) == '[';
    byte[] separator = (first ? "\n" : ",\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(separator.length + entry.length + SUFFIX.length);
    out.put(separator).put(entry).put(SUFFIX);
    ((Buffer) out).flip(); // Buffer.flip(): ByteBuffer.flip() is Java 9+ and Android 28+
    long position = end;
    while (out.hasRemaining()) {
      position += channel.write(out, position);
    }
  }

  private static boolean endsWithSuffix(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size < SUFFIX.length + 1) {
      return false;
    }
    ByteBuffer tail = ByteBuffer.allocate(SUFFIX.length);
    channel.read(tail, size - SUFFIX.length);
    return Arrays.equals(tail.array(), SUFFIX);
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
