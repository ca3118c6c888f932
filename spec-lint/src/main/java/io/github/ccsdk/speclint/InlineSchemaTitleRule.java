package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.OperationDocsRule.isBlank;

import io.swagger.v3.oas.models.media.Schema;
import java.util.regex.Pattern;

/**
 * Every inline object schema has a {@code title}. The generator names a class after the title;
 * without one the name comes from the schema's position in the file and changes when it moves.
 */
final class InlineSchemaTitleRule implements Rule {
  // The generator merges allOf members into the class that composes them: they get no name.
  private static final Pattern ALL_OF_MEMBER = Pattern.compile(".*/allOf/\\d+$");

  @Override
  public String name() {
    return "inline-schema-title";
  }

  @Override
  public String description() {
    return "Every inline object schema outside components/schemas has a title.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    new SpecWalker() {
      @Override
      void schema(String pointer, Schema<?> schema, boolean componentRoot) {
        if (componentRoot
            || schema.getProperties() == null
            || schema.getProperties().isEmpty()
            || !isBlank(schema.getTitle())
            || ALL_OF_MEMBER.matcher(pointer).matches()) {
          return;
        }
        sink.report(
            pointer,
            "inline object schema has no title",
            "add `title: <ClassName>`, or move the schema to components/schemas and $ref it");
      }
    }.walk(spec);
  }
}
