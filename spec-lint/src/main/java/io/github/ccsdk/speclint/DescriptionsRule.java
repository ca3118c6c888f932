package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.OperationDocsRule.isBlank;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/** Every parameter, header and schema property has a description: it becomes the Javadoc. */
final class DescriptionsRule implements Rule {
  @Override
  public String name() {
    return "descriptions";
  }

  @Override
  public String description() {
    return "Every parameter, header and schema property has a description.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    new SpecWalker() {
      @Override
      void parameter(String pointer, Parameter parameter) {
        if (isBlank(parameter.getDescription())) {
          sink.report(
              pointer,
              "parameter \"" + parameter.getName() + "\" has no description",
              "add a `description` saying what the value means and where it comes from");
        }
      }

      @Override
      void header(String pointer, Header header) {
        if (isBlank(header.getDescription())) {
          sink.report(pointer, "header has no description", "add a `description`");
        }
      }

      @Override
      void schema(String pointer, Schema<?> schema, boolean componentRoot) {
        if (schema.getProperties() == null) {
          return;
        }
        schema
            .getProperties()
            .forEach(
                (name, property) -> {
                  // A $ref property may rely on the description of the schema it points to.
                  if (isBlank(property.getDescription())
                      && isBlank(spec.resolve(property).getDescription())) {
                    sink.report(
                        Pointer.of(pointer, "properties", name),
                        "property \"" + name + "\" has no description",
                        "add a `description` (for a $ref property, describe the referenced schema)");
                  }
                });
      }
    }.walk(spec);
  }
}
