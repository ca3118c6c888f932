import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compares the jars of two builds of the same sources, byte for byte:
 *
 * <pre>java .ci/ReproducibilityCheck.java first-tree second-tree</pre>
 *
 * <p>Every {@code <module>/target/*.jar} of the first tree must exist in the second and be
 * identical. For a jar that differs it names the entries that differ and how (content, timestamp,
 * order, compression), which is usually enough to find the plugin that leaks the build time or
 * path. Exit status 1 if any jar differs or is missing, 2 on misuse. Dependencies: the JDK only.
 */
public final class ReproducibilityCheck {
  private static final int MAX_ENTRIES_SHOWN = 10;

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java .ci/ReproducibilityCheck.java <first tree> <second tree>");
      System.exit(2);
    }
    Path first = Path.of(args[0]);
    Path second = Path.of(args[1]);
    List<Path> jars = jars(first);
    if (jars.isEmpty()) {
      System.err.println(
          "reproducibility: no <module>/target/*.jar under " + first + ": build it first");
      System.exit(2);
    }
    List<String> problems = new ArrayList<>();
    for (Path jar : jars) {
      Path other = second.resolve(jar.toString());
      if (!Files.exists(other)) {
        problems.add(jar + ": the second build made no such jar");
      } else if (Files.mismatch(first.resolve(jar), other) != -1) {
        problems.add(jar + ": differs\n" + explain(first.resolve(jar), other));
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.out.println("reproducibility: " + p));
      System.out.println(
          "reproducibility: FAILED, "
              + problems.size()
              + " of "
              + jars.size()
              + " jars differ between two builds of the same sources -- fix: find the plugin that"
              + " writes the time, the path or an unordered collection into them, and make it"
              + " honour project.build.outputTimestamp");
      System.exit(1);
    }
    System.out.println(
        "reproducibility: OK, "
            + jars.size()
            + " jars byte-identical across two builds in different directories");
  }

  /** The jars directly in each module's target folder, relative to {@code tree}, sorted. */
  private static List<Path> jars(Path tree) throws IOException {
    List<Path> jars = new ArrayList<>();
    try (Stream<Path> modules = Files.list(tree)) {
      for (Path module : modules.sorted().toList()) {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target) || module.getFileName().toString().equals("target")) {
          continue;
        }
        try (Stream<Path> files = Files.list(target)) {
          files
              .filter(f -> f.getFileName().toString().endsWith(".jar"))
              .sorted()
              .forEach(f -> jars.add(tree.relativize(f)));
        }
      }
    }
    return jars;
  }

  /** What differs between two jars, entry by entry. */
  private static String explain(Path a, Path b) {
    try (ZipFile za = new ZipFile(a.toFile());
        ZipFile zb = new ZipFile(b.toFile())) {
      Map<String, ZipEntry> ea = entries(za);
      Map<String, ZipEntry> eb = entries(zb);
      List<String> lines = new ArrayList<>();
      TreeSet<String> names = new TreeSet<>(ea.keySet());
      names.addAll(eb.keySet());
      for (String name : names) {
        ZipEntry x = ea.get(name);
        ZipEntry y = eb.get(name);
        String why;
        if (x == null) {
          why = "only in the second build";
        } else if (y == null) {
          why = "only in the first build";
        } else {
          why = difference(za, x, zb, y);
        }
        if (why != null) {
          lines.add("    " + name + ": " + why);
        }
      }
      if (lines.isEmpty()) {
        lines.add(
            new ArrayList<>(ea.keySet()).equals(new ArrayList<>(eb.keySet()))
                ? "    same entries and contents: the zip structure differs (comment, alignment)"
                : "    same entries and contents in another order");
      }
      int total = lines.size();
      if (total > MAX_ENTRIES_SHOWN) {
        lines = new ArrayList<>(lines.subList(0, MAX_ENTRIES_SHOWN));
        lines.add("    ... and " + (total - MAX_ENTRIES_SHOWN) + " more entries");
      }
      return String.join("\n", lines);
    } catch (IOException e) {
      return "    (cannot be read as zip files: " + e.getMessage() + ")";
    }
  }

  private static Map<String, ZipEntry> entries(ZipFile zip) {
    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    zip.stream().forEach(e -> entries.put(e.getName(), e));
    return entries;
  }

  private static String difference(ZipFile za, ZipEntry x, ZipFile zb, ZipEntry y)
      throws IOException {
    if (!Arrays.equals(read(za, x), read(zb, y))) {
      return "content differs";
    }
    if (x.getTime() != y.getTime()) {
      return "timestamp " + x.getLastModifiedTime() + " vs " + y.getLastModifiedTime();
    }
    if (x.getMethod() != y.getMethod() || x.getCompressedSize() != y.getCompressedSize()) {
      return "compression differs";
    }
    if (!Arrays.equals(x.getExtra(), y.getExtra())
        || !Objects.equals(x.getComment(), y.getComment())) {
      return "extra fields or comment differ";
    }
    return null;
  }

  private static byte[] read(ZipFile zip, ZipEntry e) throws IOException {
    try (InputStream in = zip.getInputStream(e)) {
      return in.readAllBytes();
    }
  }
}
