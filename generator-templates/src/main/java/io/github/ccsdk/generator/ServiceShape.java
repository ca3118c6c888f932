package io.github.ccsdk.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;

/**
 * How an operation looks on the public service: path ids and a required model body stay positional,
 * everything else (query, header and form parameters, free-form form fields, an optional body) goes
 * into one immutable {@code …Params} object with a builder. The package-private Feign interface
 * underneath keeps the wire shape; the service implementation maps one onto the other with the
 * expressions computed here.
 */
final class ServiceShape {
  /** The operation extension naming the service method (default: the operationId). */
  static final String METHOD = "x-ccsdk-method";

  /** The parameter extension naming the parameter in Java (default: from its wire name). */
  static final String NAME = "x-ccsdk-name";

  /**
   * The schema extension of a list envelope: {@code {items: <property>, total: <property>, next:
   * <property>}} (total and next optional).
   */
  static final String PAGE = "x-ccsdk-page";

  /**
   * The operation extension of a list read page by page: {@code {limit: <param>, offset: <param>}}
   * (by offset) or {@code {page: <param>, size: <param>}} (by page index).
   */
  static final String PAGING = "x-ccsdk-paging";

  /**
   * The parameter extension naming a time's wire encoding: {@code unix-seconds}, {@code
   * unix-range}.
   */
  static final String TIME = "x-ccsdk-time";

  /**
   * Set on a {@code style: deepObject} query parameter: the runtime's {@code DeepObject} writes its
   * keys, through a Feign query map.
   */
  static final String DEEP_OBJECT = "x-ccsdk-deep-object";

  /** The parameter extension holding the Java literal of a constant the service always sends. */
  static final String CONSTANT = "x-ccsdk-constant";

  /** A Java name a spec may give a parameter: an identifier, not {@code params} (the services'). */
  private static final java.util.regex.Pattern JAVA_NAME =
      java.util.regex.Pattern.compile("(?!params$)[a-z][A-Za-z0-9]*");

  private ServiceShape() {}

  /** Adds the service shape of {@code op} to its vendor extensions. */
  static void apply(CodegenOperation op) {
    List<CodegenParameter> positional = new ArrayList<>();
    List<CodegenParameter> params = new ArrayList<>();
    for (CodegenParameter p : op.allParams) {
      if (p.isCookieParam) {
        throw new IllegalArgumentException(
            op.operationId + ": cookie parameter " + p.baseName + " is not supported");
      }
      if (p.vendorExtensions.get(NAME) != null
          && !JAVA_NAME.matcher(String.valueOf(p.vendorExtensions.get(NAME))).matches()) {
        throw new IllegalArgumentException(
            op.operationId + ": " + NAME + " of " + p.baseName + " is not a Java name");
      }
      if (p.vendorExtensions.get(CONSTANT) instanceof String literal) {
        p.vendorExtensions.put("x-ccsdk-wire-arg", literal);
        continue;
      }
      boolean inParams = !p.isPathParam && !(p.isBodyParam && p.required && !isFormFields(p));
      (inParams ? params : positional).add(p);
    }
    String paramsClass = capitalize(op.nickname) + "Params";
    List<String> declarations = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (CodegenParameter p : positional) {
      declarations.add(p.dataType + " " + p.paramName);
      names.add(p.paramName);
      p.vendorExtensions.put("x-ccsdk-wire-arg", p.paramName);
    }
    for (CodegenParameter p : params) {
      String value = "params." + p.paramName + "()" + (p.required ? "" : ".orElse(null)");
      p.vendorExtensions.put("x-ccsdk-java-type", p.dataType);
      Object time = p.vendorExtensions.get(TIME);
      if ("unix-seconds".equals(time) && !List.of("Long", "Integer").contains(p.dataType)) {
        throw new IllegalArgumentException(
            op.operationId
                + ": "
                + TIME
                + " unix-seconds needs an integer, "
                + p.baseName
                + " is not");
      }
      if ("unix-seconds".equals(time)) {
        // Users pass an Instant; the service sends whole Unix seconds.
        p.vendorExtensions.put("x-ccsdk-java-type", "Instant");
        value = "WireTimes.unixSeconds(" + value + ")";
      } else if ("unix-range".equals(time)) {
        p.vendorExtensions.put("x-ccsdk-time-range", true);
      } else if (time != null) {
        throw new IllegalArgumentException(
            op.operationId + ": unknown " + TIME + " " + time + " on " + p.baseName);
      }
      if (Boolean.TRUE.equals(p.vendorExtensions.get(DEEP_OBJECT))) {
        value = "DeepObject.query(" + OpenEnums.javaString(p.baseName) + ", " + value + ")";
      }
      p.vendorExtensions.put("x-ccsdk-wire-arg", value);
      p.vendorExtensions.put("x-ccsdk-store", store(p));
    }
    boolean hasParams = !params.isEmpty();
    boolean allOptional = params.stream().noneMatch(p -> p.required);
    List<String> wireArgs = new ArrayList<>();
    for (CodegenParameter p : op.allParams) {
      wireArgs.add((String) p.vendorExtensions.get("x-ccsdk-wire-arg"));
    }
    op.vendorExtensions.put("x-ccsdk-positional", positional);
    op.vendorExtensions.put("x-ccsdk-params", params);
    op.vendorExtensions.put("x-ccsdk-has-params", hasParams);
    op.vendorExtensions.put("x-ccsdk-params-optional", hasParams && allOptional);
    op.vendorExtensions.put("x-ccsdk-params-required", !allOptional);
    op.vendorExtensions.put("x-ccsdk-positional-names", names);
    op.vendorExtensions.put("x-ccsdk-params-class", paramsClass);
    op.vendorExtensions.put(
        "x-ccsdk-signature",
        hasParams ? join(declarations, paramsClass + " params") : String.join(", ", declarations));
    op.vendorExtensions.put("x-ccsdk-return", op.returnType == null ? "void" : op.returnType);
    op.vendorExtensions.put("x-ccsdk-raw-type", op.returnType == null ? "Void" : op.returnType);
    List<String> erased = new ArrayList<>();
    for (CodegenParameter p : positional) {
      int generic = p.dataType.indexOf('<');
      erased.add(generic < 0 ? p.dataType : p.dataType.substring(0, generic));
    }
    if (hasParams) {
      erased.add(paramsClass);
    }
    op.vendorExtensions.put("x-ccsdk-link", op.nickname + "(" + String.join(", ", erased) + ")");
    op.vendorExtensions.put(
        "x-ccsdk-signature-consumer",
        join(declarations, "Consumer<" + paramsClass + ".Builder> params"));
    op.vendorExtensions.put("x-ccsdk-signature-positional", String.join(", ", declarations));
    op.vendorExtensions.put("x-ccsdk-call-built", join(names, "builder.build()"));
    op.vendorExtensions.put("x-ccsdk-call-none", join(names, paramsClass + ".builder().build()"));
    op.vendorExtensions.put(
        "x-ccsdk-call-args", hasParams ? join(names, "params") : String.join(", ", names));
    op.vendorExtensions.put("x-ccsdk-wire-args", String.join(", ", wireArgs));
    List<String> nonNull = new ArrayList<>(names);
    if (hasParams) {
      nonNull.add("params");
    }
    op.vendorExtensions.put("x-ccsdk-non-null", nonNull);
  }

  /**
   * The two forms of a service method, once its return type is final ({@link #unwrap}): {@code
   * x-ccsdk-sync} and {@code x-ccsdk-async} each hold the declared return type ({@code
   * x-ccsdk-declared}) and what a delegating overload writes before its call ({@code
   * x-ccsdk-returns}), so that one template of overloads serves both.
   */
  static void forms(CodegenOperation op) {
    Map<String, String> sync = new LinkedHashMap<>();
    sync.put("x-ccsdk-declared", (String) op.vendorExtensions.get("x-ccsdk-return"));
    sync.put("x-ccsdk-returns", op.returnType == null ? "" : "return ");
    Map<String, String> async = new LinkedHashMap<>();
    async.put(
        "x-ccsdk-declared",
        "CompletableFuture<" + op.vendorExtensions.get("x-ccsdk-raw-type") + ">");
    async.put("x-ccsdk-returns", "return ");
    op.vendorExtensions.put("x-ccsdk-sync", sync);
    op.vendorExtensions.put("x-ccsdk-async", async);
  }

  /**
   * If the operation answers a list envelope ({@value #PAGE} on its schema), the service answers a
   * {@code Page} of the envelope's items instead: the Feign method says so with {@code @Envelope}
   * and the runtime decodes the rows straight into the page.
   */
  static void unwrap(CodegenOperation op, CodegenModel envelope, String implementation) {
    Object page = envelope == null ? null : envelope.vendorExtensions.get(PAGE);
    if (!(page instanceof Map<?, ?> names)) {
      return;
    }
    CodegenProperty items = property(envelope, names.get("items"));
    if (items == null || !items.isArray || items.items == null) {
      throw new IllegalArgumentException(
          envelope.name + ": " + PAGE + ".items must name an array property, got " + names);
    }
    Object totalName = names.get("total");
    CodegenProperty total = totalName == null ? null : property(envelope, totalName);
    if (totalName != null && total == null) {
      throw new IllegalArgumentException(
          envelope.name + ": " + PAGE + ".total names no property: " + totalName);
    }
    Object nextName = names.get("next");
    CodegenProperty next = nextName == null ? null : property(envelope, nextName);
    if (nextName != null && next == null) {
      throw new IllegalArgumentException(
          envelope.name + ": " + PAGE + ".next names no property: " + nextName);
    }
    String type = "Page<" + items.items.datatypeWithEnum + ">";
    op.vendorExtensions.put("x-ccsdk-return", type);
    op.vendorExtensions.put("x-ccsdk-raw-type", type);
    op.vendorExtensions.put("x-ccsdk-page-item", items.items.complexType);
    op.vendorExtensions.put(
        "x-ccsdk-envelope",
        "@Envelope(items = "
            + OpenEnums.javaString(items.baseName)
            + (total == null ? "" : ", total = " + OpenEnums.javaString(total.baseName))
            + (next == null ? "" : ", next = " + OpenEnums.javaString(next.baseName))
            + ")");
    paging(op, implementation);
  }

  /**
   * For a list read by offset ({@value #PAGING}), what makes its {@code Page} able to fetch the
   * pages after it: {@code x-ccsdk-paging-from}, appended to the page the service answers (the raw
   * call maps its response's page with it). The next pages come from the service itself, so {@code
   * implementation} qualifies the call, which a raw call's own method would shadow.
   */
  private static void paging(CodegenOperation op, String implementation) {
    if (!(op.vendorExtensions.get(PAGING) instanceof Map<?, ?> names)) {
      return;
    }
    if (op.vendorExtensions.get("x-ccsdk-envelope") == null) {
      throw new IllegalArgumentException(
          op.operationId + ": " + PAGING + " needs an answer with " + PAGE);
    }
    @SuppressWarnings("unchecked")
    List<String> positionalNames =
        (List<String>) op.vendorExtensions.get("x-ccsdk-positional-names");
    if (names.containsKey("page")) {
      byIndex(op, names, positionalNames, implementation);
      return;
    }
    CodegenParameter limit = param(op, names.get("limit"));
    CodegenParameter offset = param(op, names.get("offset"));
    if (limit == null || offset == null || limit.required || offset.required) {
      throw new IllegalArgumentException(
          op.operationId
              + ": "
              + PAGING
              + " must name two optional query parameters, got "
              + names);
    }
    op.vendorExtensions.put(
        "x-ccsdk-paging-from",
        ".pagedFrom(params."
            + offset.paramName
            + "().orElse(0), params."
            + limit.paramName
            + "().orElse(0), from -> "
            + implementation
            + ".this."
            + op.nickname
            + "("
            + join(positionalNames, "params.toBuilder()." + offset.paramName + "(from).build()")
            + "))");
  }

  /**
   * A list read by page index ({@code {page: <param>, size: <param>}}, size optional): the next
   * page is the same call with the index one higher.
   */
  private static void byIndex(
      CodegenOperation op, Map<?, ?> names, List<String> positionalNames, String implementation) {
    CodegenParameter page = param(op, names.get("page"));
    CodegenParameter size = names.containsKey("size") ? param(op, names.get("size")) : null;
    if (page == null
        || page.required
        || (names.containsKey("size") && (size == null || size.required))
        || !names.keySet().stream().allMatch(k -> k.equals("page") || k.equals("size"))) {
      throw new IllegalArgumentException(
          op.operationId
              + ": "
              + PAGING
              + " by index must name an optional query parameter page (and size), got "
              + names);
    }
    op.vendorExtensions.put(
        "x-ccsdk-paging-from",
        ".pagedByIndex(params."
            + page.paramName
            + "().orElse("
            + firstPage(page)
            + "), "
            + (size == null ? "0" : "params." + size.paramName + "().orElse(0)")
            + ", index -> "
            + implementation
            + ".this."
            + op.nickname
            + "("
            + join(positionalNames, "params.toBuilder()." + page.paramName + "(index).build()")
            + "))");
  }

  /** The page a list starts at when the call names none: the parameter's default, else 1. */
  private static String firstPage(CodegenParameter page) {
    return page.defaultValue != null && page.defaultValue.matches("\\d+") ? page.defaultValue : "1";
  }

  private static CodegenParameter param(CodegenOperation op, Object baseName) {
    for (CodegenParameter p : op.queryParams) {
      if (p.baseName.equals(baseName)) {
        return p;
      }
    }
    return null;
  }

  private static CodegenProperty property(CodegenModel model, Object baseName) {
    for (CodegenProperty p : model.vars) {
      if (p.baseName.equals(baseName)) {
        return p;
      }
    }
    return null;
  }

  /** A free-form form body: its fields are parameters of the call, not a model. */
  private static boolean isFormFields(CodegenParameter p) {
    return Boolean.TRUE.equals(p.vendorExtensions.get("x-ccsdk-form-fields"));
  }

  /** What a builder setter stores: the argument, checked non-null, collections copied. */
  private static String store(CodegenParameter p) {
    String checked = "Objects.requireNonNull(" + p.paramName + ", \"" + p.paramName + " == null\")";
    if (p.dataType.startsWith("List<")) {
      return "List.copyOf(" + checked + ")";
    }
    if (p.dataType.startsWith("Map<")) {
      return "Collections.unmodifiableMap(new LinkedHashMap<>(" + checked + "))";
    }
    return checked;
  }

  private static String join(List<String> first, String last) {
    List<String> all = new ArrayList<>(first);
    all.add(last);
    return String.join(", ", all);
  }

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
