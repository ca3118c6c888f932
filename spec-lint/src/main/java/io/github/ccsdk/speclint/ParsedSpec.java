package io.github.ccsdk.speclint;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A spec as the rules see it: the parsed model (internal {@code $ref}s kept, so rules can tell a
 * reference from a definition) and the raw YAML tree (for exact example values and JSON pointers).
 */
final class ParsedSpec {
  private static final String COMPONENTS = "#/components/";

  final String file;
  final OpenAPI model;
  final JsonNode tree;
  final List<String> parserMessages;

  ParsedSpec(String file, OpenAPI model, JsonNode tree, List<String> parserMessages) {
    this.file = file;
    this.model = model;
    this.tree = tree;
    this.parserMessages = List.copyOf(parserMessages);
  }

  /** An operation with the JSON pointer of its node, e.g. {@code /paths/~1visitors/get}. */
  record Op(String pointer, String path, String method, PathItem item, Operation operation) {}

  List<Op> operations() {
    List<Op> result = new ArrayList<>();
    if (model.getPaths() == null) {
      return result;
    }
    model
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String name = method.name().toLowerCase(Locale.ROOT);
                          result.add(
                              new Op(
                                  Pointer.of("", "paths", path, name),
                                  path,
                                  name,
                                  item,
                                  operation));
                        }));
    return result;
  }

  Components components() {
    return model.getComponents() == null ? new Components() : model.getComponents();
  }

  Parameter resolve(Parameter p) {
    return follow(p, Parameter::get$ref, c -> c.getParameters());
  }

  ApiResponse resolve(ApiResponse r) {
    return follow(r, ApiResponse::get$ref, c -> c.getResponses());
  }

  RequestBody resolve(RequestBody b) {
    return follow(b, RequestBody::get$ref, c -> c.getRequestBodies());
  }

  Header resolve(Header h) {
    return follow(h, Header::get$ref, c -> c.getHeaders());
  }

  Example resolve(Example e) {
    return follow(e, Example::get$ref, c -> c.getExamples());
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // Swagger's model holds raw Schema maps
  Schema<?> resolve(Schema<?> s) {
    return follow(s, Schema::get$ref, c -> (Map) c.getSchemas());
  }

  /**
   * Follows internal references to their definition. A dangling reference or a cycle yields the
   * last node reached; the parser reports the dangling reference itself.
   */
  private <T> T follow(
      T node, Function<T, String> ref, Function<Components, Map<String, ? extends T>> section) {
    T current = node;
    for (int hops = 0; current != null && ref.apply(current) != null && hops < 32; hops++) {
      Map<String, ? extends T> defined = section.apply(components());
      T next = defined == null ? null : defined.get(componentName(ref.apply(current)));
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /**
   * Where a possibly referenced node is defined: an internal reference is itself a JSON pointer, so
   * a finding about a shared component is reported once, at the component.
   */
  static String definedAt(String pointer, String ref) {
    return ref != null && ref.startsWith("#/") ? ref.substring(1) : pointer;
  }

  /** The component name of an internal reference, or the reference itself if it is not one. */
  static String componentName(String ref) {
    if (!ref.startsWith(COMPONENTS)) {
      return ref;
    }
    String rest = ref.substring(COMPONENTS.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(slash + 1).replace("~1", "/").replace("~0", "~");
  }
}
