package io.github.ccsdk.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The three vendors: their spec and their recordings, as the tests find them. */
enum Vendor {
  COMM100("comm100"),
  SERVICEPATTERN("servicepattern"),
  CONTACTNOW("contactnow");

  final String id;

  Vendor(String id) {
    this.id = id;
  }

  Path spec() {
    return Path.of("..", "specs", id + ".yaml");
  }

  Path recordings() {
    return Path.of("src", "test", "resources", "recordings", id);
  }

  /**
   * The vendor's HAR files, sorted: {@code <operationId>.har} holds an operation's successful
   * exchanges, {@code errors/<operationId>.har} its documented failures (kept apart so that {@code
   * serve} on the top folder answers like a working account).
   */
  List<Path> hars() {
    try (Stream<Path> files = Files.walk(recordings())) {
      return files.filter(p -> p.toString().endsWith(".har")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The vendor's successful exchanges only, as {@code serve} packages them: {@code
   * <operationId>.har} and the README example's session, {@code readme/*.har}.
   */
  List<Path> successHars() {
    Path readme = recordings().resolve("readme");
    return hars().stream()
        .filter(p -> p.getParent().equals(recordings()) || p.getParent().equals(readme))
        .toList();
  }

  /** The entries of one HAR file as trees, for tests that change them. */
  static List<JsonNode> entries(Path har) {
    try {
      JsonNode tree = JsonMapper.builder().build().readTree(har.toFile());
      List<JsonNode> entries = new ArrayList<>();
      tree.path("log").path("entries").forEach(entries::add);
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
