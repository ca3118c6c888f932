package io.github.ccsdk.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The specs and recordings packaged inside the CLI jar ({@code specs/<vendor>.yaml}, {@code
 * recordings/<vendor>/*.har} and {@code recordings/<vendor>/readme/*.har}, copied there by the
 * build): what {@code serve} with no arguments replays, and what tells one vendor's traffic from
 * another's.
 */
final class Packaged {
  /** The three vendors, in the order {@code serve} gives them ports. */
  enum Vendor {
    CONTACTNOW("contactnow", "ContactNow"),
    COMM100("comm100", "Comm100"),
    SERVICEPATTERN("servicepattern", "ServicePattern");

    final String id;
    final String displayName;

    Vendor(String id, String displayName) {
      this.id = id;
      this.displayName = displayName;
    }

    /** The packaged spec. */
    Path spec() {
      return root().resolve("specs").resolve(id + ".yaml");
    }

    /**
     * The packaged recordings of successful exchanges, sorted: {@code <operationId>.har}, then the
     * README example's session ({@code readme/*.har}).
     */
    List<Path> hars() {
      Path dir = root().resolve("recordings").resolve(id);
      List<Path> hars = new ArrayList<>(harsIn(dir));
      Path readme = dir.resolve("readme");
      if (Files.isDirectory(readme)) {
        hars.addAll(harsIn(readme));
      }
      return hars;
    }

    private static List<Path> harsIn(Path dir) {
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(p -> p.getFileName().toString().endsWith(".har")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The vendor called {@code id} ({@code comm100}, ...). */
    static Vendor of(String id) {
      for (Vendor v : values()) {
        if (v.id.equals(id)) {
          return v;
        }
      }
      throw new IllegalArgumentException(
          "no packaged recordings of vendor \"" + id + "\": comm100, servicepattern or contactnow");
    }

    /** The vendor a spec file is named after ({@code .../comm100.yaml}), or null. */
    static Vendor ofSpecFile(Path spec) {
      Path name = spec.getFileName();
      String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
      for (Vendor v : values()) {
        if (file.startsWith(v.id)) {
          return v;
        }
      }
      return null;
    }
  }

  private static volatile Path root;

  private Packaged() {}

  /** The directory (or the root of the jar) that holds {@code specs/} and {@code recordings/}. */
  static Path root() {
    Path r = root;
    if (r != null) {
      return r;
    }
    URL url = Packaged.class.getResource("/specs/contactnow.yaml");
    if (url == null) {
      throw new ConformanceException(
          "this build has no packaged specs and recordings; give --spec and HAR files");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        String s = uri.toString();
        URI jar = URI.create(s.substring(0, s.indexOf("!/")));
        try {
          r = FileSystems.newFileSystem(jar, Map.of()).getPath("/");
        } catch (FileSystemAlreadyExistsException e) {
          r = FileSystems.getFileSystem(jar).getPath("/");
        }
      } else {
        r = Path.of(uri).getParent().getParent();
      }
    } catch (URISyntaxException | IOException e) {
      throw new ConformanceException("cannot read the packaged specs: " + e.getMessage());
    }
    root = r;
    return r;
  }

  /**
   * When no entry of {@code hars} matches any path of {@code spec} (whatever host it was recorded
   * against) but entries match another vendor's packaged spec: a sentence naming that vendor.
   * Otherwise null.
   */
  static String wrongVendor(Spec spec, Path specFile, List<Path> hars) {
    List<Har.Entry> entries = new ArrayList<>();
    for (Path har : hars) {
      Har.read(har, entries::add);
    }
    if (entries.isEmpty() || matching(spec, entries) > 0) {
      return null;
    }
    Vendor given = Vendor.ofSpecFile(specFile);
    Vendor best = null;
    int bestCount = 0;
    for (Vendor v : Vendor.values()) {
      if (v == given) {
        continue;
      }
      Spec other;
      try {
        other = Spec.load(v.spec());
      } catch (ConformanceException e) {
        continue; // a build without the packaged specs: no guess
      }
      int count = matching(other, entries);
      if (count > bestCount) {
        best = v;
        bestCount = count;
      }
    }
    if (best == null) {
      return null;
    }
    String givenName = given != null ? given.displayName : "the spec " + specFile.getFileName();
    return (hars.size() == 1 ? "this HAR looks like " : "these HAR files look like ")
        + best.displayName
        + " traffic, not "
        + givenName
        + " ("
        + bestCount
        + " of "
        + entries.size()
        + (entries.size() == 1 ? " entry matches" : " entries match")
        + " the "
        + best.displayName
        + " spec's operations, none the operations of "
        + specFile
        + ")";
  }

  /** How many entries match an operation of {@code spec} by method and path, on any host. */
  private static int matching(Spec spec, List<Har.Entry> entries) {
    int count = 0;
    for (Har.Entry e : entries) {
      RequestUrl url = RequestUrl.parse(e.url());
      if (url == null) {
        continue;
      }
      OperationMatcher m =
          new OperationMatcher(spec, List.of(ServerTemplate.of(url.origin(), null)));
      try {
        m.match(e.method(), url);
        count++;
      } catch (OperationMatcher.NoMatch | RuntimeException ignored) {
        // not this spec's
      }
    }
    return count;
  }
}
