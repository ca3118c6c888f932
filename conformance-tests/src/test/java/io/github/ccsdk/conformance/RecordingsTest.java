package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recordings against their specs: every entry conforms, and together they cover every
 * documented status of every operation (the build fails on a gap).
 */
class RecordingsTest {

  @TestFactory
  Stream<DynamicContainer> everyRecordingConforms() {
    return Stream.of(Vendor.values())
        .map(
            vendor -> {
              ConformanceValidator validator = ConformanceValidator.forSpec(vendor.spec());
              return DynamicContainer.dynamicContainer(
                  vendor.id,
                  vendor.hars().stream()
                      .map(
                          har ->
                              DynamicTest.dynamicTest(
                                  har.getFileName().toString(),
                                  () -> {
                                    List<String> violations = new ArrayList<>();
                                    ConformanceValidator.Summary s =
                                        validator.validate(
                                            har,
                                            f -> {
                                              if (f.severity() == Finding.Severity.VIOLATION) {
                                                violations.add(f.line());
                                              }
                                            });
                                    assertTrue(s.entries() > 0, har + " has no entries");
                                    assertEquals(List.of(), violations, "violations in " + har);
                                  })));
            });
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedStatusOfEveryOperationIsRecorded() {
    return Stream.of(Vendor.values())
        .map(
            vendor ->
                DynamicTest.dynamicTest(
                    vendor.id,
                    () -> {
                      Set<String> missing = Coverage.missing(vendor.spec(), vendor.hars());
                      if (!missing.isEmpty()) {
                        fail(
                            vendor.id
                                + ": no recording for "
                                + missing.size()
                                + " documented operation statuses (add an entry to "
                                + vendor.recordings()
                                + "): "
                                + missing);
                      }
                    }));
  }

  @Test
  void coverageNamesEveryUnrecordedStatus(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "openapi: 3.0.3",
            "info: {title: t, version: '1'}",
            "servers: [{url: 'https://api.example.com'}]",
            "paths:",
            "  /things:",
            "    get:",
            "      operationId: listThings",
            "      responses:",
            "        '200': {description: ok}",
            "        '404': {description: none}",
            "  /other:",
            "    delete:",
            "      operationId: deleteOther",
            "      responses:",
            "        '204': {description: gone}",
            ""));
    Path har = dir.resolve("things.har");
    Files.writeString(
        har,
        "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"request\":{\"method\":\"GET\","
            + "\"url\":\"https://api.example.com/things\"},\"response\":{\"status\":200}}]}}");
    assertEquals(
        new TreeSet<>(List.of("deleteOther 204", "listThings 404")),
        Coverage.missing(spec, List.of(har)));
  }
}
