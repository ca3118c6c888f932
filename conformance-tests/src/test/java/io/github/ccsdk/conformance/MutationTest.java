package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every recorded entry, corrupted variants (wrong type, missing required property, bad value of
 * a closed enum, bad format, undocumented status, wrong content type) must each be reported, at the
 * place that was corrupted. A kind that has no place in an entry (a 204 has no body to give a wrong
 * type) is skipped for that entry; every kind must apply to some entry of every vendor.
 */
class MutationTest {
  private static final Map<Vendor, Map<Mutator.Kind, Integer>> APPLIED = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicNode> everyCorruptionIsReported() {
    return Stream.of(Vendor.values()).map(MutationTest::vendor);
  }

  private static DynamicNode vendor(Vendor vendor) {
    ConformanceValidator lenient = ConformanceValidator.forSpec(vendor.spec());
    ConformanceValidator strict = lenient.strict(true);
    Mutator mutator = new Mutator(lenient.spec());
    Map<Mutator.Kind, Integer> applied = new EnumMap<>(Mutator.Kind.class);
    APPLIED.put(vendor, applied);
    List<DynamicNode> files = new ArrayList<>();
    for (Path har : vendor.hars()) {
      files.add(
          DynamicTest.dynamicTest(
              har.getFileName().toString(),
              () -> {
                List<String> unreported = new ArrayList<>();
                List<JsonNode> entries = Vendor.entries(har);
                for (int i = 0; i < entries.size(); i++) {
                  for (Mutator.Kind kind : Mutator.Kind.values()) {
                    Optional<Mutator.Mutant> mutant = mutator.mutate(entries.get(i), kind);
                    if (mutant.isEmpty()) {
                      continue;
                    }
                    synchronized (applied) {
                      applied.merge(kind, 1, Integer::sum);
                    }
                    String problem =
                        check(mutant.get().strict() ? strict : lenient, har, i, mutant.get());
                    if (problem != null) {
                      unreported.add(problem);
                    }
                  }
                }
                assertEquals(List.of(), unreported, "corruptions the validator missed");
              }));
    }
    files.add(
        DynamicTest.dynamicTest(
            "every kind of corruption applies somewhere",
            () -> {
              System.out.println(vendor + " corruptions checked: " + applied);
              for (Mutator.Kind kind : Mutator.Kind.values()) {
                assertTrue(
                    applied.getOrDefault(kind, 0) > 0,
                    vendor
                        + ": no recording has a place for "
                        + kind
                        + " (applied: "
                        + applied
                        + ")");
              }
            }));
    return DynamicContainer.dynamicContainer(vendor.id, files);
  }

  /** Null when the validator reports the mutant where it should, else what went wrong. */
  private static String check(
      ConformanceValidator validator, Path har, int index, Mutator.Mutant m) {
    Har.Entry entry = Har.entry(har.toString(), index, m.entry());
    List<Finding> findings = new ArrayList<>();
    validator.exchanges().validate(har.toString(), entry, findings::add);
    for (Finding f : findings) {
      if (f.severity() == Finding.Severity.VIOLATION && reportedAt(f.where(), m)) {
        return null;
      }
    }
    List<String> lines = new ArrayList<>();
    findings.forEach(f -> lines.add(f.line()));
    return har.getFileName()
        + "#"
        + index
        + " "
        + m.what()
        + " -> expected a violation at "
        + m.where()
        + (m.pointer() == null ? "" : " " + m.pointer())
        + ", got "
        + lines;
  }

  private static boolean reportedAt(String where, Mutator.Mutant m) {
    if (m.pointer() == null) {
      return where.equals(m.where()) || where.startsWith(m.where() + " ");
    }
    if (where.equals(m.where())) {
      return true; // the body as a whole (root pointer)
    }
    if (!where.startsWith(m.where() + " /")) {
      return false;
    }
    String reported = where.substring(m.where().length() + 1);
    return m.pointer().equals(reported) || m.pointer().startsWith(reported + "/");
  }
}
