package io.github.ccsdk.generator;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * ccsdk's generator: Java client codegen with our own thin templates. Generated code declares
 * operations and models only; every behaviour (encoding, errors, retries, auth, logging) lives in
 * the hand-written runtime {@code io.github.ccsdk.core}.
 *
 * <p>Options (additional properties): {@code sdkName} (e.g. {@code Comm100}; names the generated
 * {@code Comm100Apis} and {@code Comm100Exception}), {@code sdkVersion} (the version the SDK is
 * released as), plus the usual {@code apiPackage}, {@code modelPackage} and {@code invokerPackage}.
 *
 * <p>Versions: {@code Comm100Apis} carries {@code SDK_VERSION}, {@code SPEC_VERSION} (the spec's
 * {@code info.version}) and {@code USER_AGENT} ({@code ccsdk-comm100/1.2.0 (spec 3.1.0)}), and a
 * manifest fragment {@value FreshenMojo#MANIFEST} at the root of the output records the spec's
 * version for the jar (see {@link FreshenMojo}).
 */
public class CcsdkCodegen extends JavaClientCodegen {
  static final String NAME = "ccsdk-java";
  static final String SDK_NAME = "sdkName";
  static final String SDK_VERSION = "sdkVersion";

  /**
   * A version as it may appear in a Java string, a User-Agent and a manifest: SemVer's characters
   * (core, pre-release, build), nothing that needs escaping.
   */
  private static final java.util.regex.Pattern PLAIN_VERSION =
      java.util.regex.Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.+-]*)?");

  /** SemVer core plus optional pre-release and build: what a spec's info.version must be. */
  private static final java.util.regex.Pattern SEMVER =
      java.util.regex.Pattern.compile(
          "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  static final String CORE = "io.github.ccsdk.core";
  static final String CLIENT_PARAMETER = "x-ccsdk-client-parameter";

  /** Every model, by class name, once they are all processed: operations look up their answers. */
  private final Map<String, CodegenModel> modelsByName = new java.util.HashMap<>();

  public CcsdkCodegen() {
    super();
    setLibrary(FEIGN);
    templateDir = NAME;
    embeddedTemplateDir = "ccsdk";
    // Runtime types the templates refer to by simple name: all in the user package (the plumbing
    // of io.github.ccsdk.core.spi is imported by the templates themselves).
    for (String type : List.of("Download", "Upload", "Response", "OpenEnum", "JsonField")) {
      importMapping.put(type, CORE + "." + type);
    }
    importMapping.put("JsonNode", "com.fasterxml.jackson.databind.JsonNode");
    // Binary bodies stream; free-form JSON stays JSON.
    typeMapping.put("file", "Download");
    typeMapping.put("binary", "Download");
    typeMapping.put("AnyType", "JsonNode");
    typeMapping.put("object", "JsonNode");
    // Generate from the SDK's view of the spec, its canonical forms only (SdkView).
    openapiNormalizer.put("NORMALIZER_CLASS", SdkViewNormalizer.class.getName());
  }

  /**
   * Names that would clash in generated code: Java's keywords, and the methods every model has. The
   * stock list also holds words such as {@code list} that only clash in its own templates.
   */
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "record",
          "var",
          "yield",
          "sealed",
          "permits",
          "builder",
          "toBuilder",
          "toString",
          "hashCode",
          "equals",
          "getClass",
          "additionalProperties",
          "build");

  @Override
  public String escapeReservedWord(String name) {
    return name + "Value";
  }

  @Override
  public boolean isReservedWord(String word) {
    return word != null && RESERVED.contains(word);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getHelp() {
    return "Generates ccsdk Feign SDK interfaces and immutable models over io.github.ccsdk.core.";
  }

  @Override
  public void processOpts() {
    additionalProperties.put("hideGenerationTimestamp", true);
    additionalProperties.put(OPENAPI_NULLABLE, false);
    additionalProperties.put(DATE_LIBRARY, "java8");
    additionalProperties.put(CodegenConstants.SERIALIZATION_LIBRARY, JACKSON);
    additionalProperties.put(USE_ONE_OF_INTERFACES, true);
    super.processOpts();
    Object sdk = additionalProperties.get(SDK_NAME);
    if (!(sdk instanceof String name) || name.isBlank()) {
      throw new IllegalArgumentException(
          "ccsdk-java needs the additional property `sdkName`, e.g. Comm100");
    }
    Object version = additionalProperties.get(SDK_VERSION);
    if (!(version instanceof String sdkVersion) || !PLAIN_VERSION.matcher(sdkVersion).matches()) {
      throw new IllegalArgumentException(
          "ccsdk-java needs the additional property `sdkVersion`, a version such as 1.2.0 or"
              + " 1.2.0-SNAPSHOT (the Maven plugin passes ${project.version}); got "
              + version);
    }
    supportingFiles.clear();
    apiTemplateFiles.clear();
    modelTemplateFiles.clear();
    apiTestTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelDocTemplateFiles.clear();
    // Per tag: the public service in the API package, its implementation over a package-private
    // Feign interface beside <Sdk>Apis (apiFilename).
    apiNameSuffix = "Service";
    apiTemplateFiles.put("service.mustache", ".java");
    apiTemplateFiles.put("serviceImpl.mustache", "Impl.java");
    // And its asynchronous form: the interface beside it, the implementation beside <Sdk>Apis.
    apiTemplateFiles.put("serviceAsync.mustache", "Async.java");
    apiTemplateFiles.put("serviceAsyncImpl.mustache", "AsyncImpl.java");
    modelTemplateFiles.put("model.mustache", ".java");
    String invokerFolder =
        (sourceFolder + File.separator + invokerPackage).replace('.', File.separatorChar);
    supportingFiles.add(new SupportingFile("apis.mustache", invokerFolder, name + "Apis.java"));
    supportingFiles.add(new SupportingFile("async.mustache", invokerFolder, name + "Async.java"));
    supportingFiles.add(
        new SupportingFile("exception.mustache", invokerFolder, name + "Exception.java"));
    // At the output root, outside the sources: the jar plugin merges it into the SDK's manifest.
    supportingFiles.add(new SupportingFile("manifest.mustache", "", FreshenMojo.MANIFEST));
  }

  /**
   * The service implementations (sync and async) go beside {@code <Sdk>Apis}, which alone
   * constructs them.
   */
  @Override
  public String apiFilename(String templateName, String tag) {
    String suffix = apiTemplateFiles.get(templateName);
    if (suffix != null && suffix.endsWith("Impl.java")) {
      String folder =
          outputFolder
              + File.separator
              + sourceFolder
              + File.separator
              + invokerPackage.replace('.', File.separatorChar);
      return folder + File.separator + toApiFilename(tag) + suffix;
    }
    return super.apiFilename(templateName, tag);
  }

  /**
   * Puts the versions the templates print into the bundle: the spec's {@code info.version}, the SDK
   * version and the User-Agent made of both.
   */
  @Override
  public void processOpenAPI(io.swagger.v3.oas.models.OpenAPI openAPI) {
    super.processOpenAPI(openAPI);
    String spec = specFileName();
    String specVersion = openAPI.getInfo() == null ? null : openAPI.getInfo().getVersion();
    if (specVersion == null || !SEMVER.matcher(specVersion).matches()) {
      throw new IllegalArgumentException(
          spec
              + ": info.version must be a semantic version such as 1.2.0 (it goes into the SDK's"
              + " SPEC_VERSION, User-Agent and jar manifest); got "
              + specVersion);
    }
    String sdkName = (String) additionalProperties.get(SDK_NAME);
    String sdkVersion = (String) additionalProperties.get(SDK_VERSION);
    additionalProperties.put("x-ccsdk-spec-file", spec);
    additionalProperties.put("x-ccsdk-spec-version", specVersion);
    additionalProperties.put("x-ccsdk-sdk-version", sdkVersion);
    additionalProperties.put("x-ccsdk-user-agent", userAgent(sdkName, sdkVersion, specVersion));
    // Where error bodies carry code and message, and the error model: <Sdk>Exception.
    additionalProperties.put("x-ccsdk-error-format", ErrorFormats.expression(openAPI));
    String errorSchema = ErrorFormats.errorSchema(openAPI);
    if (errorSchema != null) {
      additionalProperties.put("x-ccsdk-error-class", toModelName(errorSchema));
    }
  }

  /** {@code ccsdk-comm100/1.2.0 (spec 3.1.0)}: product and version, then the spec's version. */
  static String userAgent(String sdkName, String sdkVersion, String specVersion) {
    return "ccsdk-"
        + sdkName.toLowerCase(Locale.ROOT)
        + "/"
        + sdkVersion
        + " (spec "
        + specVersion
        + ")";
  }

  /** The spec's file name, as the manifest and the Javadoc name it. */
  private String specFileName() {
    String input = getInputSpec() == null ? "" : getInputSpec().replace('\\', '/');
    return input.substring(input.lastIndexOf('/') + 1);
  }

  @Override
  public CodegenOperation fromOperation(
      String path, String httpMethod, Operation operation, List<Server> servers) {
    CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
    Object method =
        operation.getExtensions() == null
            ? null
            : operation.getExtensions().get(ServiceShape.METHOD);
    if (method instanceof String name && !name.isBlank()) {
      op.nickname = name;
    }
    List<String> fixed = new ArrayList<>();
    List<String> clientQuery = new ArrayList<>();
    List<String> clientHeaders = new ArrayList<>();
    // allParams holds copies of the per-location lists' parameters: rename them all, or the
    // request line (built from queryParams) and the @Param names (from allParams) disagree.
    for (List<CodegenParameter> list :
        Arrays.asList(
            op.allParams,
            op.pathParams,
            op.queryParams,
            op.headerParams,
            op.formParams,
            op.cookieParams,
            op.requiredParams,
            op.optionalParams)) {
      for (CodegenParameter p : list == null ? List.<CodegenParameter>of() : list) {
        if (p.vendorExtensions.get(ServiceShape.NAME) instanceof String name && !name.isBlank()) {
          p.paramName = name;
        }
      }
    }
    int deepObjects = 0;
    for (CodegenParameter p : List.copyOf(op.allParams)) {
      if (p.isFormParam && (p.isFile || p.isBinary)) {
        p.dataType = "Upload";
        p.datatypeWithEnum = "Upload";
      }
      if (Boolean.TRUE.equals(p.vendorExtensions.get(CLIENT_PARAMETER))) {
        (p.isHeaderParam ? clientHeaders : clientQuery).add(p.baseName);
        remove(op, p);
      } else if (p.isQueryParam && (p.isDeepObject || "deepObject".equals(p.style))) {
        // Its keys are many (name[i][key]): the runtime writes them, not the request line.
        if (deepObjects++ > 0) {
          throw new IllegalArgumentException(
              op.operationId + ": more than one deepObject query parameter is not supported");
        }
        p.vendorExtensions.put(ServiceShape.DEEP_OBJECT, true);
        op.queryParams.removeIf(q -> q.baseName.equals(p.baseName));
      } else if (p.isQueryParam && p.required && singleValue(p) != null) {
        // A required parameter that can take one value only is a constant of the request.
        fixed.add(p.baseName + "=" + singleValue(p));
        remove(op, p);
      } else if (p.isFormParam
          && p.required
          && "String".equals(p.dataType)
          && singleValue(p) != null) {
        // Likewise a constant form field (OAuth's grant_type=password): the service sends it.
        p.vendorExtensions.put(ServiceShape.CONSTANT, OpenEnums.javaString(singleValue(p)));
      }
    }
    freeFormBody(op, operation);
    op.vendorExtensions.put(
        "x-ccsdk-request-line", RequestLine.of(httpMethod, path, fixed, op.queryParams));
    op.vendorExtensions.put("x-ccsdk-headers", RequestLine.headers(op));
    op.vendorExtensions.put(
        "x-ccsdk-client-parameters", clientParameters(clientQuery, clientHeaders));
    op.vendorExtensions.put(
        "x-ccsdk-unauthenticated",
        operation.getSecurity() != null && operation.getSecurity().isEmpty());
    op.vendorExtensions.put(
        "x-ccsdk-optional-body", op.bodyParam != null && !op.bodyParam.required);
    op.vendorExtensions.put(
        "x-ccsdk-javadoc", Javadoc.of("   ", operation.getSummary(), operation.getDescription()));
    ServiceShape.apply(op);
    return op;
  }

  /**
   * A form body with free names (an object schema with additionalProperties only) becomes a {@code
   * Map<String, String>} argument. The stock generator drops such bodies, which would leave the SDK
   * unable to send the arguments at all.
   */
  private void freeFormBody(CodegenOperation op, Operation operation) {
    if (!op.formParams.isEmpty() || op.bodyParam != null || operation.getRequestBody() == null) {
      return;
    }
    io.swagger.v3.oas.models.parameters.RequestBody body =
        org.openapitools.codegen.utils.ModelUtils.getReferencedRequestBody(
            openAPI, operation.getRequestBody());
    if (body.getContent() == null) {
      return;
    }
    for (Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> media :
        body.getContent().entrySet()) {
      Schema<?> schema =
          org.openapitools.codegen.utils.ModelUtils.getReferencedSchema(
              openAPI, media.getValue().getSchema());
      boolean form =
          media.getKey().startsWith("application/x-www-form-urlencoded")
              || media.getKey().startsWith("multipart/form-data");
      if (form && isFreeForm(schema)) {
        CodegenParameter p = new CodegenParameter();
        p.isBodyParam = true;
        p.vendorExtensions.put("x-ccsdk-form-fields", true);
        p.baseName = "arguments";
        p.paramName = "arguments";
        p.dataType = "Map<String, String>";
        p.datatypeWithEnum = p.dataType;
        p.required = Boolean.TRUE.equals(body.getRequired());
        p.unescapedDescription =
            body.getDescription() != null ? body.getDescription() : "Form fields, by name.";
        p.description = p.unescapedDescription;
        op.bodyParam = p;
        op.bodyParams.add(p);
        op.allParams.add(p);
        (p.required ? op.requiredParams : op.optionalParams).add(p);
        return;
      }
    }
  }

  /** An object schema with free names: additionalProperties and no properties. */
  private static boolean isFreeForm(Schema<?> schema) {
    return schema != null
        && (schema.getProperties() == null || schema.getProperties().isEmpty())
        && schema.getAdditionalProperties() != null
        && !Boolean.FALSE.equals(schema.getAdditionalProperties());
  }

  /**
   * No form parameters for a free-form form body: {@link #freeFormBody} makes it one map argument.
   * The stock code would log an {@code ERROR} ("not supported") and drop it.
   */
  @Override
  public List<CodegenParameter> fromRequestBodyToFormParameters(
      io.swagger.v3.oas.models.parameters.RequestBody body, java.util.Set<String> imports) {
    Schema<?> schema =
        org.openapitools.codegen.utils.ModelUtils.getReferencedSchema(
            openAPI, org.openapitools.codegen.utils.ModelUtils.getSchemaFromRequestBody(body));
    return isFreeForm(schema)
        ? new ArrayList<>()
        : super.fromRequestBodyToFormParameters(body, imports);
  }

  /** Nothing after generation: the stock generator prints a donation banner here, every run. */
  @Override
  public void postProcess() {}

  /** The {@code @ClientParameters} annotation of an operation, or null if it has none. */
  static String clientParameters(List<String> query, List<String> headers) {
    List<String> members = new ArrayList<>();
    if (!query.isEmpty()) {
      members.add("query = " + stringArray(query));
    }
    if (!headers.isEmpty()) {
      members.add("header = " + stringArray(headers));
    }
    return members.isEmpty() ? null : "@ClientParameters(" + String.join(", ", members) + ")";
  }

  private static String stringArray(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String v : values) {
      quoted.add(OpenEnums.javaString(v));
    }
    return "{" + String.join(", ", quoted) + "}";
  }

  private static void remove(CodegenOperation op, CodegenParameter p) {
    for (List<CodegenParameter> list :
        List.of(
            op.allParams,
            op.queryParams,
            op.headerParams,
            op.requiredParams,
            op.optionalParams,
            op.requiredAndNotNullableParams,
            op.notNullableParams)) {
      if (list != null) {
        list.remove(p);
      }
    }
  }

  /** The only value a parameter may take, or null if it may take several. */
  private static String singleValue(CodegenParameter p) {
    Object values = p.allowableValues == null ? null : p.allowableValues.get("values");
    if (values instanceof List<?> list && list.size() == 1) {
      return String.valueOf(list.get(0));
    }
    return null;
  }

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> objs) {
    Map<String, Object> result = super.postProcessSupportingFileData(objs);
    List<Map<String, String>> apis = new ArrayList<>();
    Map<String, String> tagDescriptions = new java.util.HashMap<>();
    if (openAPI.getTags() != null) {
      openAPI.getTags().forEach(t -> tagDescriptions.put(t.getName(), t.getDescription()));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> apiInfo = (Map<String, Object>) result.get("apiInfo");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> generated = (List<Map<String, Object>>) apiInfo.get("apis");
    for (Map<String, Object> api : generated) {
      String tag = String.valueOf(api.get("baseName"));
      String className = String.valueOf(api.get("classname"));
      String accessor = accessorName(tag);
      apis.add(
          Map.of(
              "className", className,
              "accessor", accessor,
              "javadoc",
                  Javadoc.of("   ", tagDescriptions.getOrDefault(tag, tag + " operations."))));
    }
    result.put("x-ccsdk-apis", apis);
    return result;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> models) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, models);
    OperationMap ops = result.getOperations();
    String tag =
        ops.getOperation().get(0).tags != null && !ops.getOperation().get(0).tags.isEmpty()
            ? ops.getOperation().get(0).tags.get(0).getName()
            : ops.getClassname();
    String description = null;
    if (openAPI.getTags() != null) {
      for (io.swagger.v3.oas.models.tags.Tag t : openAPI.getTags()) {
        if (toApiName(t.getName()).equals(ops.getClassname())) {
          description = t.getDescription();
        }
      }
    }
    result.put(
        "x-ccsdk-api-javadoc",
        Javadoc.of(" ", description == null ? tag + " operations." : description));
    for (CodegenOperation op : ops.getOperation()) {
      ServiceShape.unwrap(
          op,
          op.returnType == null ? null : modelsByName.get(op.returnType),
          ops.getClassname() + "Impl");
      if (op.vendorExtensions.containsKey("x-ccsdk-envelope")) {
        // The envelope is decoded into a Page and not generated: import its rows' type instead.
        String envelope = op.returnType;
        result.getImports().removeIf(i -> envelope.equals(i.get("classname")));
        if (op.vendorExtensions.get("x-ccsdk-page-item") instanceof String item
            && modelsByName.containsKey(item)) {
          result.getImports().add(Map.of("import", modelPackage + "." + item, "classname", item));
        }
      }
      ServiceShape.forms(op);
      for (CodegenParameter p : op.allParams) {
        String text = p.unescapedDescription;
        if ((text == null || text.isBlank()) && p.isBodyParam) {
          text = "The request body."; // a body without a description still says what it is
        }
        p.vendorExtensions.put("x-ccsdk-javadoc", Javadoc.of("   ", text));
      }
    }
    boolean needsUpload =
        ops.getOperation().stream()
            .anyMatch(o -> o.allParams.stream().anyMatch(p -> "Upload".equals(p.dataType)));
    if (needsUpload) {
      result.getImports().add(Map.of("import", CORE + ".Upload", "classname", "Upload"));
    }
    return result;
  }

  @Override
  @SuppressWarnings("rawtypes") // the overridden signature is raw
  public CodegenModel fromModel(String name, Schema model) {
    CodegenModel m = super.fromModel(name, model);
    m.vendorExtensions.put("x-ccsdk-javadoc", Javadoc.of(" ", model.getDescription()));
    return m;
  }

  @Override
  public void postProcessModelProperty(CodegenModel model, CodegenProperty property) {
    super.postProcessModelProperty(model, property);
    property.vendorExtensions.put(
        "x-ccsdk-javadoc", Javadoc.of("   ", property.unescapedDescription));
    property.vendorExtensions.put("x-ccsdk-required", property.required && !property.isNullable);
    property.vendorExtensions.put("x-ccsdk-secret", Secrets.isSecret(property));
    OpenEnums.property(property);
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> result = super.postProcessAllModels(objs);
    Map<String, CodegenModel> byName = new java.util.HashMap<>();
    for (ModelsMap models : result.values()) {
      for (ModelMap entry : models.getModels()) {
        byName.put(entry.getModel().classname, entry.getModel());
      }
    }
    modelsByName.clear();
    modelsByName.putAll(byName);
    for (CodegenModel m : byName.values()) {
      if (m.isEnum) {
        OpenEnums.model(m);
      }
      m.vendorExtensions.put(
          "x-ccsdk-has-enums",
          m.vars.stream().anyMatch(v -> v.vendorExtensions.containsKey(OpenEnums.KEY)));
      if (Boolean.TRUE.equals(m.vendorExtensions.get("x-is-one-of-interface"))
          && m.discriminator != null) {
        m.discriminator
            .getMappedModels()
            .forEach(
                mapped -> {
                  CodegenModel member = byName.get(mapped.getModelName());
                  if (member != null) {
                    @SuppressWarnings("unchecked")
                    java.util.Set<String> unions =
                        (java.util.Set<String>)
                            member.vendorExtensions.computeIfAbsent(
                                "x-ccsdk-implements", k -> new java.util.TreeSet<String>());
                    unions.add(m.classname);
                  }
                });
      }
    }
    // What the spec marks secret is redacted in logs, errors and recordings too, not only in
    // toString(): the client builders register <Sdk>Apis.SECRET_NAMES.
    java.util.Set<String> secrets = new java.util.TreeSet<>();
    for (CodegenModel m : byName.values()) {
      for (CodegenProperty v : m.vars) {
        if (Boolean.TRUE.equals(v.vendorExtensions.get("x-ccsdk-secret"))) {
          secrets.add(v.baseName);
        }
      }
    }
    additionalProperties.put("x-ccsdk-secret-names", new ArrayList<>(secrets));
    // No public type that nothing uses (an allOf parent generated flat, say).
    UnusedModels.prune(openAPI, result);
    return result;
  }

  /**
   * The client accessor for a tag: {@code "Custom Away Statuses"} becomes {@code
   * customAwayStatuses}.
   */
  static String accessorName(String tag) {
    StringBuilder out = new StringBuilder();
    for (String word : tag.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    int upper = 0;
    while (upper < out.length() && Character.isUpperCase(out.charAt(upper))) {
      upper++;
    }
    // Lower the leading capitals, but keep the one that starts the next word (OAuth -> oAuth).
    int lower = upper > 1 && upper < out.length() ? upper - 1 : Math.max(upper, 1);
    return out.substring(0, Math.min(lower, out.length())).toLowerCase(Locale.ROOT)
        + out.substring(Math.min(lower, out.length()));
  }

  /**
   * The stock choice of a body parameter's example, without its warning "Ignoring complex example
   * on request body": a model body's example is not used for the parameter (the templates do not
   * show one), which is what the stock code does too after warning.
   */
  @Override
  public void setParameterExampleValue(CodegenParameter parameter, RequestBody body) {
    boolean model =
        parameter.isModel
            || (parameter.isContainer
                && parameter.getItems() != null
                && parameter.getItems().isModel);
    if (model && hasExample(body)) {
      setParameterExampleValue(parameter);
    } else {
      super.setParameterExampleValue(parameter, body);
    }
  }

  private static boolean hasExample(RequestBody body) {
    if (body.getContent() == null || body.getContent().isEmpty()) {
      return false;
    }
    MediaType media = body.getContent().values().iterator().next();
    return media.getExample() != null
        || (media.getExamples() != null && !media.getExamples().isEmpty());
  }
}
