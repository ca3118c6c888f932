import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import javax.lang.model.SourceVersion;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged release bundle (the repository the release dry run deployed to) for what ccsdk
 * promises and no plugin checks. Central's pom rules are pomchecker's (the enforcer's central-pom
 * and bom executions), reproducibility is maven-artifact-plugin's. Run with:
 *
 * <pre>java .ci/BundleCheck.java target/release-dry-run/repository .</pre>
 *
 * <ul>
 *   <li>every module of the reactor without maven.deploy.skip is staged: a jar module with its jar,
 *       a non-empty -sources and -javadoc jar;
 *   <li>each jar has one legal module name, unique in the bundle, covering all its packages
 *       (module-info.class, else Automatic-Module-Name), and Implementation-Version; an SDK jar
 *       (ccsdk.vendor set) also Ccsdk-Spec-Version;
 *   <li>ccsdk-bom manages exactly the staged jars, test-jars and the CLI jar, at the project
 *       version.
 * </ul>
 *
 * <p>Prints every problem; exit status 1 if any, 2 on misuse. The JDK only.
 */
final class BundleCheck {
  private final Path repo;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> moduleNames = new TreeMap<>();

  /** A module of the reactor, as its source pom says. */
  record Module(String dir, String artifactId, String version, String packaging, boolean sdk) {}

  private BundleCheck(Path repo) {
    this.repo = repo;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("usage: java .ci/BundleCheck.java <staged repository> <project root>");
      System.exit(2);
    }
    BundleCheck check = new BundleCheck(Path.of(args[0]));
    List<Module> modules = new ArrayList<>();
    reactor(Path.of(args[1]), "", modules);
    check.run(modules);
    check.problems.forEach(p -> System.out.println("bundle check: " + p));
    if (!check.problems.isEmpty()) {
      System.out.println("bundle check: FAILED, " + check.problems.size() + " problem(s)");
      System.exit(1);
    }
    System.out.println("bundle check: OK, " + modules.size() + " artifacts");
    check.moduleNames.forEach((a, n) -> System.out.println("  " + a + ": module " + n));
  }

  private void run(List<Module> modules) throws Exception {
    Set<String> jars = new TreeSet<>();
    Module bom = null;
    for (Module m : modules) {
      Map<String, Path> files = staged(m);
      if (files.isEmpty()) {
        problems.add(m.artifactId() + ": not staged -- fix: let " + m.dir() + " deploy");
        continue;
      }
      if (m.artifactId().equals("ccsdk-bom")) {
        bom = m;
      }
      if (!m.packaging().equals("jar") && !m.packaging().equals("maven-plugin")) {
        continue;
      }
      for (String classifier : List.of("", "sources", "javadoc")) {
        Path jar = files.get(classifier + ":jar");
        if (jar == null) {
          problems.add(
              m.artifactId() + ": no " + (classifier.isEmpty() ? "" : classifier + " ") + "jar");
        } else if (classifier.isEmpty()) {
          manifest(m, jar);
          jars.add(m.artifactId() + ":jar");
        } else if (empty(jar)) {
          problems.add(
              m.artifactId() + ": the " + classifier + " jar is empty (Central refuses it)");
        }
      }
      if (files.containsKey("tests:jar")) {
        jars.add(m.artifactId() + ":test-jar");
      }
      if (files.containsKey("cli:jar")) { // conformance-tests' executable jar
        jars.add(m.artifactId() + ":jar:cli");
      }
    }
    if (bom == null) {
      problems.add("ccsdk-bom is not staged");
    } else {
      bom(bom, staged(bom).get(":pom"), jars);
    }
  }

  /** The source poms' modules, depth first, less those with maven.deploy.skip. */
  private static void reactor(Path root, String dir, List<Module> out) throws Exception {
    Element pom = parse(root.resolve(dir).resolve("pom.xml"));
    Element parent = child(pom, "parent");
    String version = text(pom, "version") != null ? text(pom, "version") : text(parent, "version");
    Element properties = child(pom, "properties");
    if (!"true".equals(text(properties, "maven.deploy.skip"))) {
      String packaging = text(pom, "packaging") == null ? "jar" : text(pom, "packaging");
      boolean sdk = text(properties, "ccsdk.vendor") != null;
      out.add(
          new Module(dir.isEmpty() ? "." : dir, text(pom, "artifactId"), version, packaging, sdk));
    }
    Element modules = child(pom, "modules");
    for (Node n = modules == null ? null : modules.getFirstChild();
        n != null;
        n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("module")) {
        reactor(root, (dir.isEmpty() ? "" : dir + "/") + e.getTextContent().strip(), out);
      }
    }
  }

  /**
   * The staged files by "classifier:extension": a SNAPSHOT's from its maven-metadata.xml
   * (timestamped names), a release's by their plain names.
   */
  private Map<String, Path> staged(Module m) throws Exception {
    Path dir = repo.resolve("io/github/ccsdk").resolve(m.artifactId()).resolve(m.version());
    Map<String, Path> files = new TreeMap<>();
    Path metadata = dir.resolve("maven-metadata.xml");
    if (Files.exists(metadata)) {
      Element versions = child(child(parse(metadata), "versioning"), "snapshotVersions");
      for (Node n = versions == null ? null : versions.getFirstChild();
          n != null;
          n = n.getNextSibling()) {
        if (n instanceof Element v) {
          String classifier = text(v, "classifier") == null ? "" : text(v, "classifier");
          String name =
              m.artifactId()
                  + "-"
                  + text(v, "value")
                  + (classifier.isEmpty() ? "" : "-" + classifier);
          files.put(
              classifier + ":" + text(v, "extension"),
              dir.resolve(name + "." + text(v, "extension")));
        }
      }
    } else if (Files.isDirectory(dir)) {
      String prefix = m.artifactId() + "-" + m.version();
      for (String ext : List.of("pom", "jar")) {
        for (String classifier : List.of("", "sources", "javadoc", "tests", "cli")) {
          Path f = dir.resolve(prefix + (classifier.isEmpty() ? "" : "-" + classifier) + "." + ext);
          if (Files.exists(f)) {
            files.put(classifier + ":" + ext, f);
          }
        }
      }
    }
    files.values().removeIf(f -> !Files.isRegularFile(f));
    return files;
  }

  private static boolean empty(Path jar) throws Exception {
    try (JarFile j = new JarFile(jar.toFile())) {
      return j.stream().noneMatch(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"));
    }
  }

  /** The jar's module name (legal, unique, covering its packages) and version entries. */
  private void manifest(Module m, Path file) throws Exception {
    try (JarFile jar = new JarFile(file.toFile())) {
      Attributes main =
          jar.getManifest() == null ? new Attributes() : jar.getManifest().getMainAttributes();
      String name = main.getValue("Automatic-Module-Name");
      var descriptor = jar.getJarEntry("module-info.class");
      if (descriptor != null) {
        if (name != null) {
          problems.add(m.artifactId() + ": module-info.class and an Automatic-Module-Name");
        }
        try (InputStream in = jar.getInputStream(descriptor)) {
          name = ModuleDescriptor.read(in).name();
        }
      }
      String fix = " -- fix: ccsdk.module in " + m.dir() + "/pom.xml, or its module-info.java";
      if (name == null || !SourceVersion.isName(name)) {
        problems.add(m.artifactId() + ": no legal module name (" + name + ")" + fix);
      } else {
        if (moduleNames.containsValue(name)) {
          problems.add(m.artifactId() + ": module name " + name + " is taken" + fix);
        }
        moduleNames.put(m.artifactId(), name);
        String module = name;
        Set<String> outside = new TreeSet<>();
        jar.stream()
            .map(e -> e.getName())
            .filter(e -> e.endsWith(".class") && !e.startsWith("META-INF/"))
            .filter(e -> !e.equals("module-info.class"))
            .map(e -> e.contains("/") ? e.substring(0, e.lastIndexOf('/')).replace('/', '.') : "")
            .filter(p -> !p.equals(module) && !p.startsWith(module + "."))
            .forEach(outside::add);
        if (!outside.isEmpty()) {
          problems.add(m.artifactId() + ": module " + name + " does not cover " + outside + fix);
        }
      }
      if (!m.version().equals(main.getValue("Implementation-Version"))) {
        problems.add(m.artifactId() + ": Implementation-Version is not " + m.version());
      }
      if (m.sdk() && main.getValue("Ccsdk-Spec-Version") == null) {
        problems.add(
            m.artifactId() + ": no Ccsdk-Spec-Version -- fix: run generator-templates:freshen");
      }
    }
  }

  /** ccsdk-bom manages exactly the staged jars ("artifactId:jar", ":test-jar" or ":jar:cli"). */
  private void bom(Module bom, Path pom, Set<String> jars) throws Exception {
    Set<String> managed = new TreeSet<>();
    Element deps = child(child(parse(pom), "dependencyManagement"), "dependencies");
    for (Node n = deps == null ? null : deps.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element d) {
        String type = text(d, "type") == null ? "jar" : text(d, "type");
        String classifier = text(d, "classifier") == null ? "" : ":" + text(d, "classifier");
        String key = text(d, "artifactId") + ":" + type + classifier;
        managed.add(key);
        if (!"io.github.ccsdk".equals(text(d, "groupId"))
            || !Set.of("${project.version}", bom.version()).contains(text(d, "version"))) {
          problems.add(
              "ccsdk-bom: manages " + key + " outside io.github.ccsdk or the project version");
        }
      }
    }
    for (String key : jars) {
      if (!managed.contains(key)) {
        problems.add("ccsdk-bom: does not manage the published " + key + " -- fix: add it");
      }
    }
    for (String key : managed) {
      if (!jars.contains(key)) {
        problems.add("ccsdk-bom: manages " + key + ", which is not published -- fix: remove it");
      }
    }
  }

  private static Element parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  /** The direct child element called {@code name}, or null (also for a null parent). */
  private static Element child(Element parent, String name) {
    for (Node n = parent == null ? null : parent.getFirstChild();
        n != null;
        n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }
}
