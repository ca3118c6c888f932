package io.github.ccsdk.speclint;

import static io.github.ccsdk.speclint.OperationDocsRule.isBlank;

import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Servers are declared at the root, absolute and over HTTPS, and regional or per-tenant hosts are
 * server variables with a default and a description, so the SDK builder can offer them.
 */
final class ServersRule implements Rule {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  @Override
  public String name() {
    return "servers";
  }

  @Override
  public String description() {
    return "Servers are absolute https:// URLs without a trailing slash, their variables declared with a default and a description.";
  }

  @Override
  public void check(ParsedSpec spec, Sink sink) {
    // The parser invents `servers: [{url: /}]` when there are none, so presence is read raw.
    if (!spec.tree.path("servers").isArray() || spec.tree.path("servers").isEmpty()) {
      sink.report(
          "/servers",
          "the spec declares no servers",
          "add `servers: [{url: https://{host}/..., variables: {host: {default: ..., description:"
              + " ...}}}]`");
    } else {
      check("/servers", spec.model.getServers(), sink);
    }
    if (spec.model.getPaths() != null) {
      spec.model
          .getPaths()
          .forEach(
              (path, item) ->
                  check(Pointer.of("", "paths", path, "servers"), item.getServers(), sink));
    }
    for (ParsedSpec.Op op : spec.operations()) {
      check(Pointer.of(op.pointer(), "servers"), op.operation().getServers(), sink);
    }
  }

  private static void check(String pointer, List<Server> servers, Sink sink) {
    if (servers == null) {
      return;
    }
    Map<String, Integer> hostless = new HashMap<>();
    for (int i = 0; i < servers.size(); i++) {
      String at = Pointer.of(pointer, i);
      Server server = servers.get(i);
      String url = server.getUrl() == null ? "" : server.getUrl();
      if (!url.startsWith("https://")) {
        sink.report(
            Pointer.of(at, "url"),
            "server URL \"" + url + "\" is not an absolute https:// URL",
            "write the full https:// URL; make varying parts server variables");
      }
      if (url.endsWith("/")) {
        sink.report(
            Pointer.of(at, "url"),
            "server URL \"" + url + "\" ends with a slash",
            "drop the trailing slash; paths start with one");
      }
      variables(at, url, server.getVariables(), sink);
      Integer twin = hostless.putIfAbsent(withoutHost(url), i);
      if (twin != null) {
        sink.report(
            at,
            "servers " + twin + " and " + i + " differ only in their host",
            "declare one server whose host is a variable with an `enum` of the known hosts");
      }
    }
  }

  private static void variables(
      String at, String url, Map<String, ServerVariable> declared, Sink sink) {
    Set<String> used = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(url);
    while (m.find()) {
      used.add(m.group(1));
    }
    Map<String, ServerVariable> variables = declared == null ? Map.of() : declared;
    for (String name : used) {
      if (!variables.containsKey(name)) {
        sink.report(
            Pointer.of(at, "url"),
            "server variable {" + name + "} is not declared",
            "add `variables: {" + name + ": {default: ..., description: ...}}`");
      }
    }
    variables.forEach(
        (name, variable) -> {
          String pointer = Pointer.of(at, "variables", name);
          if (!used.contains(name)) {
            sink.report(
                pointer,
                "server variable \"" + name + "\" does not appear in the URL",
                "use it in the URL as {" + name + "} or remove it");
          }
          if (isBlank(variable.getDefault())) {
            sink.report(
                pointer,
                "server variable has no default",
                "add `default:` (the most common value)");
          }
          if (isBlank(variable.getDescription())) {
            sink.report(
                pointer,
                "server variable has no description",
                "add a `description` saying what the value is and where a user finds it");
          }
        });
  }

  private static String withoutHost(String url) {
    try {
      URI uri = URI.create(url.replaceAll("[{}]", ""));
      return uri.getScheme() + "://*" + (uri.getRawPath() == null ? "" : uri.getRawPath());
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
