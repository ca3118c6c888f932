package io.github.ccsdk.speclint;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every {@code {variable}} of a path is a declared path parameter, and every path parameter is
 * used.
 */
final class PathParametersRule implements Rule {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  @Override
  public String name() {
    return "path-parameters";
  }

  @Override
  public String description() {
    return "Every {variable} of a path is a declared, required path parameter, and vice versa.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    for (ParsedSpec.Op op : spec.operations()) {
      Set<String> variables = variables(op.path());
      Map<String, String> declared = new LinkedHashMap<>();
      for (Declared d : pathParameters(spec, op)) {
        declared.putIfAbsent(d.parameter().getName(), d.pointer());
        if (!variables.contains(d.parameter().getName())) {
          sink.report(
              d.pointer(),
              "path parameter \"" + d.parameter().getName() + "\" does not appear in " + op.path(),
              "remove the parameter or add {" + d.parameter().getName() + "} to the path");
        } else if (!Boolean.TRUE.equals(d.parameter().getRequired())) {
          sink.report(
              d.pointer(),
              "path parameter \"" + d.parameter().getName() + "\" is not required",
              "set `required: true`: a path variable is always sent");
        }
      }
      for (String variable : variables) {
        if (!declared.containsKey(variable)) {
          sink.report(
              op.pointer(),
              "path variable {" + variable + "} is not declared as a path parameter",
              "add `{name: "
                  + variable
                  + ", in: path, required: true, description: ..., schema: ...}`"
                  + " to the operation's parameters");
        }
      }
    }
  }

  /** The variables of a path key; a fixed query after {@code ?} carries none. */
  static Set<String> variables(String path) {
    int query = path.indexOf('?');
    Matcher m = VARIABLE.matcher(query < 0 ? path : path.substring(0, query));
    Set<String> result = new LinkedHashSet<>();
    while (m.find()) {
      result.add(m.group(1));
    }
    return result;
  }

  private record Declared(String pointer, Parameter parameter) {}

  private static List<Declared> pathParameters(ParsedSpec spec, ParsedSpec.Op op) {
    List<Declared> result = new ArrayList<>();
    collect(spec, Pointer.of("", "paths", op.path()), op.item().getParameters(), result);
    collect(spec, op.pointer(), op.operation().getParameters(), result);
    return result;
  }

  private static void collect(
      ParsedSpec spec, String owner, List<Parameter> parameters, List<Declared> out) {
    if (parameters == null) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = spec.resolve(parameters.get(i));
      if (p != null && "path".equals(p.getIn()) && p.getName() != null) {
        out.add(new Declared(Pointer.of(owner, "parameters", i), p));
      }
    }
  }
}
