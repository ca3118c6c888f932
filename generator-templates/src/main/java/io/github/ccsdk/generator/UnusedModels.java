package io.github.ccsdk.generator;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.codegen.CodegenDiscriminator;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;

/**
 * Drops the models no operation and no other emitted model uses, so that the SDK has no public type
 * nothing leads to. A schema that is only an {@code allOf} parent (such as {@code ChatEventBase}:
 * its children are generated flat, with its properties copied in) or only a spec's documentation of
 * a shape (such as ContactNow's {@code ReadEnvelope}) is such a model.
 *
 * <p>What counts as used: every schema an operation refers to (its parameters, request body,
 * responses and their headers, also through {@code components} parameters, request bodies,
 * responses and headers), then, model by model, the types of its fields, its {@code oneOf} and
 * {@code anyOf} members, its discriminator's mapped models and the unions it implements. A list
 * envelope ({@code x-ccsdk-page}) counts only through its rows: the SDK answers a {@code Page}. The
 * spec itself is not changed: spec-lint's unused-components rule still judges the spec as written.
 */
final class UnusedModels {
  private static final Pattern COMPONENT_REF =
      Pattern.compile(
          "\"#/components/(schemas|parameters|requestBodies|responses|headers)/([^\"]+)\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private UnusedModels() {}

  /**
   * Removes from {@code models} (keyed as OpenAPI Generator keys them, by schema name) every model
   * not used; returns the schema names removed.
   */
  static Set<String> prune(OpenAPI openAPI, Map<String, ModelsMap> models) {
    Map<String, CodegenModel> byClass = new HashMap<>();
    Map<String, String> classOfSchema = new HashMap<>();
    for (ModelsMap file : models.values()) {
      for (ModelMap entry : file.getModels()) {
        CodegenModel m = entry.getModel();
        byClass.put(m.classname, m);
        classOfSchema.put(m.name, m.classname);
      }
    }
    Set<String> used = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String schema : schemasOfOperations(openAPI)) {
      String classname = classOfSchema.get(schema);
      CodegenModel model = classname == null ? null : byClass.get(classname);
      if (model != null
          && model.vendorExtensions.get(ServiceShape.PAGE) instanceof Map<?, ?> page) {
        // A list envelope: the SDK answers a Page of its rows, never the envelope itself.
        for (CodegenProperty p : model.vars) {
          if (p.baseName.equals(page.get("items"))) {
            for (String next : types(p)) {
              if (byClass.containsKey(next) && used.add(next)) {
                todo.add(next);
              }
            }
          }
        }
      } else if (classname != null && used.add(classname)) {
        todo.add(classname);
      }
    }
    while (!todo.isEmpty()) {
      for (String next : references(byClass.get(todo.pop()))) {
        if (byClass.containsKey(next) && used.add(next)) {
          todo.add(next);
        }
      }
    }
    Set<String> removed = new java.util.TreeSet<>();
    models
        .entrySet()
        .removeIf(
            file -> {
              boolean unused =
                  file.getValue().getModels().stream()
                      .noneMatch(entry -> used.contains(entry.getModel().classname));
              if (unused) {
                removed.add(file.getKey());
              }
              return unused;
            });
    return removed;
  }

  /** The names of the component schemas the operations refer to, directly or through components. */
  static Set<String> schemasOfOperations(OpenAPI openAPI) {
    Set<String> schemas = new HashSet<>();
    if (openAPI.getPaths() == null) {
      return schemas;
    }
    Set<String> seen = new HashSet<>();
    Deque<String> json = new ArrayDeque<>();
    json.add(toJson(openAPI.getPaths()));
    while (!json.isEmpty()) {
      Matcher ref = COMPONENT_REF.matcher(json.pop());
      while (ref.find()) {
        String kind = ref.group(1);
        String name = ref.group(2);
        if (kind.equals("schemas")) {
          schemas.add(name);
        } else if (seen.add(kind + "/" + name)) {
          Object component = component(openAPI, kind, name);
          if (component != null) {
            json.add(toJson(component));
          }
        }
      }
    }
    return schemas;
  }

  private static Object component(OpenAPI openAPI, String kind, String name) {
    var c = openAPI.getComponents();
    if (c == null) {
      return null;
    }
    Map<String, ?> map =
        switch (kind) {
          case "parameters" -> c.getParameters();
          case "requestBodies" -> c.getRequestBodies();
          case "responses" -> c.getResponses();
          default -> c.getHeaders();
        };
    return map == null ? null : map.get(name);
  }

  /** The class names a generated model mentions: candidates, checked against the models. */
  private static Set<String> references(CodegenModel m) {
    Set<String> names = new HashSet<>();
    for (CodegenProperty p : m.vars) {
      names.addAll(types(p));
    }
    names.addAll(m.oneOf);
    names.addAll(m.anyOf);
    if (m.discriminator != null && m.discriminator.getMappedModels() != null) {
      for (CodegenDiscriminator.MappedModel mapped : m.discriminator.getMappedModels()) {
        names.add(mapped.getModelName());
      }
    }
    Object unions = m.vendorExtensions.get("x-ccsdk-implements");
    if (unions instanceof Set<?> set) {
      set.forEach(u -> names.add(String.valueOf(u)));
    }
    return names;
  }

  /** The identifiers in a property's type, its items' types included. */
  private static Set<String> types(CodegenProperty p) {
    Set<String> names = new HashSet<>();
    for (CodegenProperty t = p; t != null; t = t.items) {
      identifiers(t.datatypeWithEnum, names);
      identifiers(t.dataType, names);
      identifiers(t.complexType, names);
    }
    return names;
  }

  private static void identifiers(String type, Set<String> into) {
    if (type != null) {
      Matcher id = IDENTIFIER.matcher(type);
      while (id.find()) {
        into.add(id.group());
      }
    }
  }

  private static String toJson(Object node) {
    try {
      return io.swagger.v3.core.util.Json.mapper().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the spec model as JSON", e);
    }
  }
}
