package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator reads a deepObject parameter's indexed keys and checks them against its items. */
class DeepObjectQueryTest {
  private static final Path HAR = Vendor.COMM100.recordings().resolve("listChats.har");
  private static final String CHATS = "https://api1.comm100.io/api/v3/livechat/chats?pageIndex=1";
  private final ConformanceValidator validator =
      ConformanceValidator.forSpec(Vendor.COMM100.spec());

  /** The violations of the recorded first page requested with {@code query} appended instead. */
  private List<String> violations(String query) {
    ObjectNode entry = (ObjectNode) Vendor.entries(HAR).get(0).deepCopy();
    ((ObjectNode) entry.get("request")).put("url", CHATS + query);
    List<String> found = new ArrayList<>();
    validator
        .exchanges()
        .validate(
            HAR.toString(),
            Har.entry(HAR.toString(), 0, (JsonNode) entry),
            f -> {
              if (f.severity() == Finding.Severity.VIOLATION) {
                found.add(f.where());
              }
            });
    return found;
  }

  @Test
  void indexedConditionsConform() {
    assertEquals(
        List.of(),
        violations(
            "&conditions%5B0%5D%5Bfield%5D=email&conditions%5B0%5D%5Boperate%5D=contains"
                + "&conditions%5B0%5D%5Bvalue%5D=a%26b"
                + "&conditions[1][field]=name&conditions[1][operate]=isNot&conditions[1][value]=x"));
  }

  @Test
  void aKeyTheItemSchemaLacksIsAViolation() {
    assertEquals(
        List.of("request query \"conditions[0][colour]\""),
        violations(
            "&conditions[0][field]=email&conditions[0][operate]=contains&conditions[0][value]=t"
                + "&conditions[0][colour]=red"));
  }

  @Test
  void aMissingRequiredKeyIsAViolationOfTheParameter() {
    List<String> found = violations("&conditions[0][field]=email&conditions[0][operate]=contains");
    assertEquals(1, found.size(), found.toString());
    assertEquals(true, found.get(0).startsWith("request query \"conditions\""), found.toString());
  }

  @Test
  void malformedKeysAndGapsInTheIndicesAreViolations() {
    assertEquals(
        List.of("request query \"conditions[field]\""), violations("&conditions[field]=email"));
    assertEquals(
        List.of("request query \"conditions\""),
        violations(
            "&conditions[1][field]=email&conditions[1][operate]=contains&conditions[1][value]=t"));
  }

  @Test
  void mutationTestDropsARequiredConditionKeyOfTheRecording() {
    Mutator.Mutant mutant =
        new Mutator(validator.spec())
            .mutate(Vendor.entries(HAR).get(0), Mutator.Kind.MISSING_REQUIRED)
            .orElseThrow();
    assertEquals("MISSING_REQUIRED of conditions[0][field]", mutant.what());
    assertEquals("request query \"conditions\"", mutant.where());
  }
}
