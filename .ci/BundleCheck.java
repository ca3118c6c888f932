import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.lang.model.SourceVersion;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged release bundle, i.e. the Maven repository the release dry run deployed to,
 * against what Maven Central requires and what ccsdk promises. Run with the JDK's single-file
 * launcher:
 *
 * <pre>java .ci/BundleCheck.java target/release-dry-run/repository .</pre>
 *
 * <p>The expected artifacts are read from the source tree (the root pom's modules, ccsdk-parent
 * included), so a module that silently did not deploy is caught too. For each it checks:
 *
 * <ul>
 *   <li>the pom, and for jar and maven-plugin packaging the jar, the -sources jar and the -javadoc
 *       jar, each with .md5 and .sha1 files that match its content;
 *   <li>the pom, with its parent chain, has name and description of its own, and url, licenses,
 *       developers, scm and issueManagement, with no unresolved ${...} left in them;
 *   <li>each jar has a module name, legal, unique in the bundle, under which all its classes lie:
 *       the name its module-info.class declares (then its manifest has no Automatic-Module-Name),
 *       or else its manifest's Automatic-Module-Name; and its manifest has Implementation-Version;
 *       an SDK jar (ccsdk.vendor set) also Ccsdk-Spec-Version;
 *   <li>ccsdk-bom manages exactly the staged jar artifacts, at their version.
 * </ul>
 *
 * <p>Every problem is printed, one per line with its fix; the exit status is 1 if there was any, 2
 * on misuse. Dependencies: the JDK only, so that CI needs nothing more than Maven's JDK.
 */
public final class BundleCheck {
  private static final String NS = "http://maven.apache.org/POM/4.0.0";

  private final Path repo;
  private final Path root;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> moduleNames = new TreeMap<>();
  private int files;

  /** A project of the reactor, as its source pom says. */
  record Project(Path pom, String groupId, String artifactId, String version, String packaging) {
    String gav() {
      return groupId + ":" + artifactId + ":" + version;
    }

    boolean hasJar() {
      return packaging.equals("jar") || packaging.equals("maven-plugin");
    }
  }

  private BundleCheck(Path repo, Path root) {
    this.repo = repo;
    this.root = root;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java .ci/BundleCheck.java <staged repository> <project root>");
      System.exit(2);
    }
    BundleCheck check = new BundleCheck(Path.of(args[0]), Path.of(args[1]));
    if (!Files.isDirectory(check.repo)) {
      System.err.println("bundle check: no staged repository at " + check.repo);
      System.exit(2);
    }
    List<Project> projects = check.run();
    if (!check.problems.isEmpty()) {
      check.problems.forEach(p -> System.out.println("bundle check: " + p));
      System.out.println(
          "bundle check: FAILED, "
              + check.problems.size()
              + " problem(s) in the bundle staged at "
              + check.repo);
      System.exit(1);
    }
    System.out.println(
        "bundle check: OK, "
            + projects.size()
            + " artifacts, "
            + check.files
            + " files, each with checksums; every jar with its sources and javadoc jar;"
            + " metadata complete");
    for (Project p : projects) {
      System.out.println(
          "  " + p.gav() + " (" + p.packaging() + ")" + moduleNameOf(check.moduleNames, p));
    }
  }

  private static String moduleNameOf(Map<String, String> names, Project p) {
    String name = names.get(p.artifactId());
    return name == null ? "" : ", module " + name;
  }

  List<Project> run() throws Exception {
    List<Project> projects = new ArrayList<>();
    reactor(root.resolve("pom.xml"), null, projects);
    String version = projects.get(0).version();
    Map<String, Project> byId = new LinkedHashMap<>();
    for (Project p : projects) {
      byId.put(p.artifactId(), p);
      if (!p.version().equals(version)) {
        problems.add(
            p.gav()
                + ": version differs from the project's "
                + version
                + " -- fix: one version for all (versions:set -DprocessAllModules)");
      }
    }
    Map<String, Path> staged = new TreeMap<>();
    for (Project p : projects) {
      Path dir =
          repo.resolve(p.groupId().replace('.', '/')).resolve(p.artifactId()).resolve(p.version());
      if (!Files.isDirectory(dir)) {
        problems.add(
            p.gav()
                + ": not staged (no "
                + repo.relativize(dir)
                + ") -- fix: make sure the module deploys (no maven.deploy.skip)");
        continue;
      }
      Map<String, String> names = fileNames(p, dir);
      Path pom = file(p, dir, names, "", "pom", "its pom");
      if (pom != null) {
        metadata(p, pom);
      }
      if (p.hasJar()) {
        Path jar = file(p, dir, names, "", "jar", "its jar");
        file(p, dir, names, "sources", "jar", "a -sources.jar (maven-source-plugin)");
        file(p, dir, names, "javadoc", "jar", "a -javadoc.jar (maven-javadoc-plugin)");
        if (jar != null) {
          manifest(p, jar, pom);
          staged.put(p.artifactId() + ":jar", jar);
        }
      }
      String tests = names.get("tests:jar");
      if (tests != null) {
        Path testJar = dir.resolve(tests);
        checksums(p, testJar);
        staged.put(p.artifactId() + ":test-jar", testJar);
      }
      if (names.containsKey("cli:jar")) { // conformance-tests' executable jar
        staged.put(p.artifactId() + ":jar:cli", file(p, dir, names, "cli", "jar", "its -cli.jar"));
      }
    }
    Project bom = byId.get("ccsdk-bom");
    if (bom == null) {
      problems.add(
          "no ccsdk-bom module in the reactor -- fix: add <module>ccsdk-bom</module> to the root"
              + " pom");
    } else {
      bom(bom, staged.keySet());
    }
    return projects;
  }

  /** Reads the reactor from the source poms: the pom, then its modules, depth first. */
  private void reactor(Path pomFile, Project parent, List<Project> out) throws Exception {
    Element pom = parse(pomFile);
    Element parentRef = child(pom, "parent");
    String groupId = text(pom, "groupId");
    String version = text(pom, "version");
    if (groupId == null && parentRef != null) {
      groupId = text(parentRef, "groupId");
    }
    if (version == null && parentRef != null) {
      version = text(parentRef, "version");
    }
    String packaging = text(pom, "packaging");
    Project project =
        new Project(
            pomFile,
            groupId,
            text(pom, "artifactId"),
            version,
            packaging == null ? "jar" : packaging);
    Element properties = child(pom, "properties");
    boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
    if (!skipped) {
      out.add(project);
    }
    Element modules = child(pom, "modules");
    if (modules != null) {
      for (Element module : children(modules, "module")) {
        reactor(
            pomFile.getParent().resolve(module.getTextContent().strip()).resolve("pom.xml"),
            project,
            out);
      }
    }
  }

  /**
   * The staged file names by "classifier:extension". A SNAPSHOT is deployed under timestamped
   * names, which its maven-metadata.xml lists; a release under plain ones.
   */
  private Map<String, String> fileNames(Project p, Path dir) throws Exception {
    Map<String, String> names = new TreeMap<>();
    if (p.version().endsWith("-SNAPSHOT")) {
      Path metadata = dir.resolve("maven-metadata.xml");
      if (!Files.exists(metadata)) {
        problems.add(p.gav() + ": no maven-metadata.xml in " + repo.relativize(dir));
        return names;
      }
      Element versioning = child(parse(metadata), "versioning");
      Element snapshots = versioning == null ? null : child(versioning, "snapshotVersions");
      if (snapshots != null) {
        for (Element v : children(snapshots, "snapshotVersion")) {
          String classifier = text(v, "classifier");
          String extension = text(v, "extension");
          String suffix = classifier == null ? "" : "-" + classifier;
          names.put(
              (classifier == null ? "" : classifier) + ":" + extension,
              p.artifactId() + "-" + text(v, "value") + suffix + "." + extension);
        }
      }
    } else {
      try (var list = Files.list(dir)) {
        String prefix = p.artifactId() + "-" + p.version();
        for (Path f : list.toList()) {
          String name = f.getFileName().toString();
          if (!name.startsWith(prefix)
              || name.endsWith(".md5")
              || name.endsWith(".sha1")
              || name.endsWith(".asc")
              || name.endsWith(".sha256")
              || name.endsWith(".sha512")) {
            continue;
          }
          String rest = name.substring(prefix.length());
          int dot = rest.lastIndexOf('.');
          String classifier = rest.startsWith("-") ? rest.substring(1, dot) : "";
          names.put(classifier + ":" + rest.substring(dot + 1), name);
        }
      }
    }
    return names;
  }

  /** The staged file of {@code classifier} and {@code extension}, checked; null if missing. */
  private Path file(
      Project p,
      Path dir,
      Map<String, String> names,
      String classifier,
      String extension,
      String what)
      throws Exception {
    String name = names.get(classifier + ":" + extension);
    Path file = name == null ? null : dir.resolve(name);
    if (file == null || !Files.isRegularFile(file)) {
      problems.add(p.gav() + ": " + what + " is missing from the bundle");
      return null;
    }
    checksums(p, file);
    if (extension.equals("jar") && !classifier.isEmpty()) {
      try (JarFile jar = new JarFile(file.toFile())) {
        boolean content =
            jar.stream().anyMatch(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"));
        if (!content) {
          problems.add(
              p.gav()
                  + ": "
                  + file.getFileName()
                  + " is empty (Central refuses empty -"
                  + classifier
                  + " jars)");
        }
      }
    }
    return file;
  }

  private void checksums(Project p, Path file) throws Exception {
    files++;
    byte[] bytes = Files.readAllBytes(file);
    for (String algorithm : List.of("MD5", "SHA-1")) {
      String ext = algorithm.equals("MD5") ? ".md5" : ".sha1";
      Path sum = file.resolveSibling(file.getFileName() + ext);
      if (!Files.exists(sum)) {
        problems.add(p.gav() + ": " + file.getFileName() + " has no " + ext + " checksum");
        continue;
      }
      String want = Files.readString(sum).strip().split("\\s+")[0];
      String got = HexFormat.of().formatHex(digest(algorithm, bytes));
      if (!want.equalsIgnoreCase(got)) {
        problems.add(
            p.gav()
                + ": "
                + sum.getFileName()
                + " does not match the file ("
                + want
                + " vs "
                + got
                + ")");
      }
    }
  }

  private static byte[] digest(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(algorithm).digest(bytes);
  }

  /** Central's required pom metadata, looked up along the parent chain where it may inherit. */
  private void metadata(Project p, Path pomFile) throws Exception {
    Element pom = parse(pomFile);
    String where = p.gav() + " (" + root.relativize(p.pom()) + ")";
    for (String own : List.of("name", "description")) {
      String value = text(pom, own);
      if (value == null || value.isBlank()) {
        problems.add(
            where
                + ": no <"
                + own
                + "> of its own -- fix: every module names and describes itself");
      }
    }
    List<Element> chain = chain(pom, p);
    String url = inherited(chain, "url");
    require(where, "url", url, "<url> (the parent's is inherited)");
    Element licenses = first(chain, "licenses");
    Element license = licenses == null ? null : child(licenses, "license");
    require(
        where,
        "licenses",
        license == null ? null : text(license, "name"),
        "<licenses><license><name>");
    require(
        where,
        "licenses",
        license == null ? null : text(license, "url"),
        "<licenses><license><url>");
    Element developers = first(chain, "developers");
    Element developer = developers == null ? null : child(developers, "developer");
    require(
        where,
        "developers",
        developer == null ? null : text(developer, "name"),
        "<developers><developer><name>");
    Element scm = first(chain, "scm");
    require(where, "scm", scm == null ? null : text(scm, "url"), "<scm><url>");
    require(where, "scm", scm == null ? null : text(scm, "connection"), "<scm><connection>");
    Element issues = first(chain, "issueManagement");
    require(
        where,
        "issueManagement",
        issues == null ? null : text(issues, "url"),
        "<issueManagement><url>");
  }

  private void require(String where, String element, String value, String what) {
    if (value == null || value.isBlank()) {
      problems.add(
          where
              + ": no "
              + what
              + " -- fix: the root pom (or ccsdk-bom/pom.xml, which has no parent) declares it");
    } else if (value.contains("${")) {
      problems.add(where + ": <" + element + "> holds an unresolved property: " + value);
    }
  }

  /** The pom, then its parent, grandparent... as staged (the parents are published too). */
  private List<Element> chain(Element pom, Project p) throws Exception {
    List<Element> chain = new ArrayList<>();
    chain.add(pom);
    Element current = pom;
    for (int depth = 0; depth < 10; depth++) {
      Element ref = child(current, "parent");
      if (ref == null) {
        return chain;
      }
      String g = text(ref, "groupId");
      String a = text(ref, "artifactId");
      String v = text(ref, "version");
      Path dir = repo.resolve(g.replace('.', '/')).resolve(a).resolve(v);
      Path parentPom = null;
      if (Files.isDirectory(dir)) {
        Project parent = new Project(null, g, a, v, "pom");
        String name = fileNames(parent, dir).get(":pom");
        parentPom = name == null ? null : dir.resolve(name);
      }
      if (parentPom == null || !Files.exists(parentPom)) {
        problems.add(
            p.gav()
                + ": its parent "
                + g
                + ":"
                + a
                + ":"
                + v
                + " is not in the bundle -- fix: publish the parent too");
        return chain;
      }
      current = parse(parentPom);
      chain.add(current);
    }
    return chain;
  }

  private static String inherited(List<Element> chain, String name) {
    for (Element pom : chain) {
      String value = text(pom, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static Element first(List<Element> chain, String name) {
    for (Element pom : chain) {
      Element e = child(pom, name);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The module name (module-info.class or Automatic-Module-Name: legal, unique, matching the
   * packages) and the version entries.
   */
  private void manifest(Project p, Path jarFile, Path pomFile) throws Exception {
    try (JarFile jar = new JarFile(jarFile.toFile())) {
      Manifest manifest = jar.getManifest();
      Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
      String name = main.getValue("Automatic-Module-Name");
      String fix =
          " -- fix: set <ccsdk.module> in " + root.relativize(p.pom()) + " (see the root pom)";
      JarEntry descriptor = jar.getJarEntry("module-info.class");
      if (descriptor != null) {
        if (name != null) {
          problems.add(
              p.gav()
                  + ": the jar has a module-info.class and an Automatic-Module-Name, which the JDK"
                  + " ignores -- fix: the root pom's profile automatic-module-name must not apply");
        }
        try (InputStream in = jar.getInputStream(descriptor)) {
          name = ModuleDescriptor.read(in).name();
        }
        fix =
            " -- fix: the module declaration in "
                + root.relativize(p.pom().resolveSibling("src/main/java/module-info.java"));
      }
      if (name == null || name.isBlank()) {
        problems.add(p.gav() + ": the jar's manifest has no Automatic-Module-Name" + fix);
      } else if (!SourceVersion.isName(name)) {
        problems.add(
            p.gav() + ": module name \"" + name + "\" is not a legal module name" + fix);
      } else {
        String other = moduleNames.values().contains(name) ? owner(name) : null;
        if (other != null) {
          problems.add(
              p.gav() + ": module name " + name + " is also " + other + "'s" + fix);
        }
        moduleNames.put(p.artifactId(), name);
        Set<String> outside = new TreeSet<>();
        for (JarEntry e : jar.stream().toList()) {
          String entry = e.getName();
          if (entry.endsWith(".class")
              && !entry.startsWith("META-INF/")
              && !entry.equals("module-info.class")) {
            String pkg =
                entry.contains("/")
                    ? entry.substring(0, entry.lastIndexOf('/')).replace('/', '.')
                    : "";
            if (!pkg.equals(name) && !pkg.startsWith(name + ".")) {
              outside.add(pkg.isEmpty() ? "(default package)" : pkg);
            }
          }
        }
        if (!outside.isEmpty()) {
          problems.add(
              p.gav()
                  + ": module name "
                  + name
                  + " does not cover its packages "
                  + outside
                  + fix);
        }
      }
      if (!p.version().equals(main.getValue("Implementation-Version"))) {
        problems.add(
            p.gav()
                + ": the manifest's Implementation-Version is "
                + main.getValue("Implementation-Version")
                + ", not "
                + p.version());
      }
      Element properties = pomFile == null ? null : child(parse(pomFile), "properties");
      if (properties != null && text(properties, "ccsdk.vendor") != null) {
        String spec = main.getValue("Ccsdk-Spec-Version");
        if (spec == null || spec.isBlank()) {
          problems.add(
              p.gav()
                  + ": an SDK jar without Ccsdk-Spec-Version in its manifest -- fix: the module"
                  + " must run generator-templates:freshen (it names the generated manifest"
                  + " fragment)");
        }
      }
    }
  }

  private String owner(String moduleName) {
    return moduleNames.entrySet().stream()
        .filter(e -> e.getValue().equals(moduleName))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("?");
  }

  /**
   * ccsdk-bom must manage exactly the staged jars ("artifactId:jar", "artifactId:test-jar" or
   * "artifactId:jar:cli").
   */
  private void bom(Project bom, Set<String> staged) throws Exception {
    Path dir =
        repo.resolve(bom.groupId().replace('.', '/'))
            .resolve(bom.artifactId())
            .resolve(bom.version());
    String name = Files.isDirectory(dir) ? fileNames(bom, dir).get(":pom") : null;
    if (name == null) {
      return; // already reported as not staged
    }
    Element pom = parse(dir.resolve(name));
    Element management = child(pom, "dependencyManagement");
    Element dependencies = management == null ? null : child(management, "dependencies");
    Set<String> managed = new TreeSet<>();
    String where = "ccsdk-bom (ccsdk-bom/pom.xml)";
    if (dependencies != null) {
      for (Element d : children(dependencies, "dependency")) {
        String type = text(d, "type") == null ? "jar" : text(d, "type");
        String classifier = text(d, "classifier");
        String key =
            text(d, "artifactId") + ":" + type + (classifier == null ? "" : ":" + classifier);
        managed.add(key);
        String version = text(d, "version");
        if (!bom.groupId().equals(text(d, "groupId"))) {
          problems.add(
              where + ": manages " + text(d, "groupId") + ":" + key + ", not a ccsdk artifact");
        }
        if (!"${project.version}".equals(version) && !bom.version().equals(version)) {
          problems.add(
              where + ": manages " + key + " at " + version + " -- fix: use ${project.version}");
        }
      }
    }
    for (String key : staged) {
      if (!managed.contains(key)) {
        problems.add(
            where
                + ": does not manage the published "
                + key
                + " -- fix: add it to its dependencyManagement");
      }
    }
    for (String key : managed) {
      if (!staged.contains(key)) {
        problems.add(
            where
                + ": manages "
                + key
                + ", which the release does not publish -- fix: remove it, or publish it");
      }
    }
  }

  private static Element parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // Poms never need external entities or DTDs; refuse them.
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      Document doc = factory.newDocumentBuilder().parse(in);
      return doc.getDocumentElement();
    } catch (IOException | RuntimeException | org.xml.sax.SAXException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The direct child element called {@code name}, or null. */
  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && name.equals(e.getLocalName())
          && (e.getNamespaceURI() == null || NS.equals(e.getNamespaceURI()))) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }
}
