package io.github.ccsdk.speclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Lints the test resource {@code good.yaml}, as is or with one edit, and asserts on what the gate
 * reports. Each rule test breaks one thing, so the spec the rule fires on differs from a spec it is
 * silent on by exactly that thing.
 */
final class Lint {
  private static final YAMLMapper YAML = new YAMLMapper();

  private Lint() {}

  static Path goodSpec() {
    try {
      return Path.of(Lint.class.getResource("/good.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Violation> good() {
    return SpecLinter.lint(goodSpec(), "good.yaml");
  }

  /** Lints a copy of good.yaml changed by {@code edit}. */
  static List<Violation> with(Consumer<ObjectNode> edit) {
    try {
      ObjectNode tree = (ObjectNode) YAML.readTree(goodSpec().toFile());
      edit.accept(tree);
      Path file = Files.createTempFile("spec", ".yaml");
      try {
        YAML.writeValue(file.toFile(), tree);
        return SpecLinter.lint(file, "bad.yaml");
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lints a spec given as YAML text. */
  static List<Violation> text(String yaml) {
    try {
      Path file = Files.createTempFile("spec", ".yaml");
      try {
        Files.writeString(file, yaml);
        return SpecLinter.lint(file, "bad.yaml");
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The object at {@code pointer}, for editing. */
  static ObjectNode object(ObjectNode root, String pointer) {
    JsonNode node = root.at(JsonPointer.compile(pointer));
    if (!node.isObject()) {
      fail("good.yaml has no object at " + pointer);
    }
    return (ObjectNode) node;
  }

  static ArrayNode array(ObjectNode root, String pointer) {
    JsonNode node = root.at(JsonPointer.compile(pointer));
    if (!node.isArray()) {
      fail("good.yaml has no array at " + pointer);
    }
    return (ArrayNode) node;
  }

  /**
   * Asserts that {@code rule} reported a violation at {@code pointer} whose message contains {@code
   * text}.
   */
  static Violation assertFires(
      List<Violation> violations, String rule, String pointer, String text) {
    for (Violation v : violations) {
      if (v.rule().equals(rule) && v.pointer().equals(pointer) && v.message().contains(text)) {
        assertTrue(!v.hint().isBlank(), "violation without a fix hint: " + v);
        return v;
      }
    }
    return fail(
        "expected ["
            + rule
            + "] at "
            + pointer
            + " containing \""
            + text
            + "\", got:\n"
            + describe(violations));
  }

  /** Asserts that {@code rule} reported nothing. */
  static void assertSilent(List<Violation> violations, String rule) {
    List<Violation> own = violations.stream().filter(v -> v.rule().equals(rule)).toList();
    assertEquals(List.of(), own, () -> "expected no [" + rule + "] violations");
  }

  static String describe(List<Violation> violations) {
    return violations.isEmpty()
        ? "(none)"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
