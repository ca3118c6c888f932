package io.github.ccsdk.speclint;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every operation has a summary, a description and at least one tag declared at the root: they
 * become Javadoc and API class names.
 */
final class OperationDocsRule implements Rule {
  @Override
  public String name() {
    return "operation-docs";
  }

  @Override
  public String description() {
    return "Every operation has a summary, a description and a tag declared in the root tags.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    Set<String> declared = new HashSet<>();
    if (spec.model.getTags() != null) {
      for (Tag tag : spec.model.getTags()) {
        declared.add(tag.getName());
      }
    }
    for (ParsedSpec.Op op : spec.operations()) {
      if (isBlank(op.operation().getSummary())) {
        sink.report(
            op.pointer(),
            "operation has no summary",
            "add a one-line `summary` (the Javadoc first line)");
      }
      if (isBlank(op.operation().getDescription())) {
        sink.report(
            op.pointer(),
            "operation has no description",
            "add a `description` recording the operation's behaviour and quirks");
      }
      List<String> tags = op.operation().getTags();
      if (tags == null || tags.isEmpty()) {
        sink.report(
            op.pointer(),
            "operation has no tag",
            "add `tags: [<Name>]`; the tag names the API class");
        continue;
      }
      for (int i = 0; i < tags.size(); i++) {
        if (!declared.contains(tags.get(i))) {
          sink.report(
              Pointer.of(op.pointer(), "tags", i),
              "tag \"" + tags.get(i) + "\" is not declared in the root `tags` list",
              "declare it at the root: `tags: [{name: " + tags.get(i) + ", description: ...}]`");
        }
      }
    }
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
