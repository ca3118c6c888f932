package io.github.ccsdk.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;

/**
 * The Feign request line and headers of an operation, computed here rather than in template text.
 *
 * <p>A path key may carry a fixed query ({@code /ecnow.php?method=ecnow_records&action=read}, the
 * way ContactNow tells operations apart): it is kept verbatim and the operation's own query
 * parameters are appended with {@code &}, so the URL has exactly one {@code ?}.
 */
final class RequestLine {
  private RequestLine() {}

  static String of(
      String method, String pathKey, List<String> constants, List<CodegenParameter> queryParams) {
    int q = pathKey.indexOf('?');
    String path = q < 0 ? pathKey : pathKey.substring(0, q);
    List<String> query = new ArrayList<>();
    if (q >= 0 && q + 1 < pathKey.length()) {
      query.add(pathKey.substring(q + 1));
    }
    query.addAll(constants);
    for (CodegenParameter p : queryParams) {
      query.add(p.baseName + "={" + p.paramName + "}");
    }
    String line = method.toUpperCase(Locale.ROOT) + " " + path;
    return query.isEmpty() ? line : line + "?" + String.join("&", query);
  }

  static List<String> headers(CodegenOperation op) {
    List<String> headers = new ArrayList<>();
    String accept = mediaTypes(op.produces);
    if (!accept.isEmpty()) {
      headers.add("Accept: " + accept);
    }
    if (op.consumes != null && !op.consumes.isEmpty()) {
      headers.add("Content-Type: " + op.consumes.get(0).get("mediaType"));
    }
    for (CodegenParameter p : op.headerParams) {
      headers.add(p.baseName + ": {" + p.paramName + "}");
    }
    return headers;
  }

  private static String mediaTypes(List<Map<String, String>> types) {
    if (types == null) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (Map<String, String> type : types) {
      names.add(type.get("mediaType"));
    }
    return String.join(", ", names);
  }
}
