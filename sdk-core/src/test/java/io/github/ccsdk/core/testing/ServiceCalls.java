package io.github.ccsdk.core.testing;

import io.github.ccsdk.core.Upload;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Calls an SDK operation by its spec operationId, through the public service surface: the service
 * of the operation's first tag ({@code Outcome Codes} → {@code OutcomeCodesService}), the method
 * named by {@code x-ccsdk-method} (or the operationId), path ids and the body as positional
 * arguments (matched by name; the SDKs are compiled with {@code -parameters}) and everything else
 * set on the operation's params builder. Java names map to wire names as the generator maps them:
 * {@code x-ccsdk-name}, or the wire name without separators.
 */
public final class ServiceCalls {
  private final Map<String, Object> services = new HashMap<>();
  private final Map<String, Object> asyncServices = new HashMap<>();
  private final Map<String, Operation> operations = new HashMap<>();
  private final Map<String, List<Parameter>> parameters = new HashMap<>();

  /** A method to call and the object to call it on. */
  public record Target(Object service, Method method) {
    /** Calls the method; the SDK's own exception is thrown as itself. */
    public Object call(Object... args) throws Throwable {
      try {
        return method.invoke(service, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  /** Where the arguments of a call come from. */
  public interface Values {
    /** The value of a spec parameter as {@code type}, or null when the call does not set it. */
    Object parameter(Parameter parameter, Type type);

    /** The whole request body as {@code type}, or null for none. */
    Object body(Type type);

    /** A field of the form or multipart body as {@code type} (an {@link Upload} for a file). */
    Object field(String name, Type type);
  }

  private ServiceCalls(OpenAPI spec, Object client) {
    for (Method accessor : client.getClass().getMethods()) {
      if (accessor.getParameterCount() == 0 && !accessor.getName().equals("withRawResponse")) {
        for (Class<?> type : serviceTypes(accessor.getReturnType())) {
          services.put(type.getSimpleName(), invoke(accessor, client));
        }
      }
      if (accessor.getParameterCount() == 0 && accessor.getName().equals("async")) {
        Object async = invoke(accessor, client);
        for (Method service : async.getClass().getMethods()) {
          Class<?> type = service.getReturnType();
          if (service.getParameterCount() == 0
              && type.getName().contains(".api.")
              && type.getSimpleName().endsWith("ServiceAsync")) {
            asyncServices.put(type.getSimpleName(), invoke(service, async));
          }
        }
      }
    }
    for (PathItem item : spec.getPaths().values()) {
      for (Operation op : item.readOperations()) {
        operations.put(op.getOperationId(), op);
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
          all.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
          all.addAll(op.getParameters());
        }
        parameters.put(op.getOperationId(), all);
      }
    }
  }

  /** The calls of {@code client}, an SDK client generated from {@code specFile}. */
  public static ServiceCalls of(Path specFile, Object client) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI spec = new OpenAPIV3Parser().read(specFile.toString(), null, options);
    if (spec == null) {
      throw new IllegalArgumentException("cannot read the spec " + specFile);
    }
    return new ServiceCalls(spec, client);
  }

  /**
   * The service method of an operation (with {@code raw}, the one of {@code withRawResponse()}), or
   * null if the SDK has none.
   */
  public Target target(String operationId, boolean raw) {
    return target(operationId, raw, services, "Service");
  }

  /**
   * The method of an operation on the client's {@code async()} services (with {@code raw}, on their
   * {@code withRawResponse()}), answering a {@code CompletableFuture}; null if the SDK has none.
   */
  public Target asyncTarget(String operationId, boolean raw) {
    return target(operationId, raw, asyncServices, "ServiceAsync");
  }

  private Target target(
      String operationId, boolean raw, Map<String, Object> services, String suffix) {
    Operation op = operation(operationId);
    String tag = op.getTags() == null || op.getTags().isEmpty() ? "Default" : op.getTags().get(0);
    StringBuilder name = new StringBuilder();
    for (String word : tag.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    Object service = services.get(name + suffix);
    if (service == null) {
      return null;
    }
    if (raw) {
      service = invoke(method(service.getClass(), "withRawResponse"), service);
    }
    Object renamed = extension(op.getExtensions(), "x-ccsdk-method");
    String methodName = renamed != null ? renamed.toString() : operationId;
    for (Class<?> face : interfaces(service.getClass())) {
      for (Method m : face.getDeclaredMethods()) {
        if (m.getName().equals(methodName) && !m.isDefault() && !m.isSynthetic()) {
          return new Target(service, m);
        }
      }
    }
    return null;
  }

  /** The arguments of {@code method}, the service method of {@code operationId}. */
  public Object[] arguments(String operationId, Method method, Values values) {
    List<Parameter> declared = parameters.get(operation(operationId).getOperationId());
    java.lang.reflect.Parameter[] slots = method.getParameters();
    Object[] args = new Object[slots.length];
    for (int i = 0; i < slots.length; i++) {
      Class<?> type = slots[i].getType();
      if (isParams(type)) {
        args[i] = params(type, declared, jsonBody(operation(operationId)), values);
      } else if (!slots[i].isNamePresent()) {
        throw new AssertionError(method + ": compile the SDK with -parameters");
      } else {
        Parameter p = find(declared, slots[i].getName());
        args[i] =
            p != null
                ? values.parameter(p, slots[i].getParameterizedType())
                : values.body(slots[i].getParameterizedType());
      }
    }
    return args;
  }

  /** The wire names of the spec parameters the method of {@code operationId} takes. */
  public Set<String> parameterNames(String operationId, Method method) {
    List<Parameter> declared = parameters.get(operation(operationId).getOperationId());
    Set<String> names = new LinkedHashSet<>();
    for (java.lang.reflect.Parameter slot : method.getParameters()) {
      List<String> javaNames = new ArrayList<>();
      if (isParams(slot.getType())) {
        for (Method setter : builderType(slot.getType()).getDeclaredMethods()) {
          javaNames.add(setter.getName());
        }
      } else {
        javaNames.add(slot.getName());
      }
      for (String javaName : javaNames) {
        Parameter p = find(declared, javaName);
        if (p != null) {
          names.add(p.getName());
        }
      }
    }
    return names;
  }

  /**
   * The {@code x-ccsdk-page} of the list envelope the operation answers ({@code items} and {@code
   * total} property names), whose service method answers a {@code Page}; null if it answers none.
   */
  public Map<?, ?> page(String operationId) {
    Operation op = operation(operationId);
    for (Map.Entry<String, io.swagger.v3.oas.models.responses.ApiResponse> e :
        op.getResponses().entrySet()) {
      if (e.getKey().startsWith("2") && e.getValue().getContent() != null) {
        for (io.swagger.v3.oas.models.media.MediaType media : e.getValue().getContent().values()) {
          Object page =
              media.getSchema() == null
                  ? null
                  : extension(media.getSchema().getExtensions(), "x-ccsdk-page");
          if (page instanceof Map<?, ?> names && names.get("items") != null) {
            return names;
          }
        }
      }
    }
    return null;
  }

  private Operation operation(String operationId) {
    Operation op = operations.get(operationId);
    if (op == null) {
      throw new AssertionError("the spec has no operation " + operationId);
    }
    return op;
  }

  /** A generated params object: a class nested in a service, named {@code …Params}. */
  private static boolean isParams(Class<?> type) {
    return type.getEnclosingClass() != null && type.getSimpleName().endsWith("Params");
  }

  private static Class<?> builderType(Class<?> paramsType) {
    return method(paramsType, "builder").getReturnType();
  }

  /** Whether the operation's body is JSON: then a params member that is no parameter is it. */
  private static boolean jsonBody(Operation op) {
    return op.getRequestBody() != null
        && op.getRequestBody().getContent() != null
        && op.getRequestBody().getContent().keySet().stream().anyMatch(m -> m.contains("json"));
  }

  private static Object params(
      Class<?> type, List<Parameter> declared, boolean jsonBody, Values values) {
    Object builder = invoke(method(type, "builder"), null);
    for (Method setter : builder.getClass().getDeclaredMethods()) {
      if (setter.getParameterCount() != 1
          || setter.getReturnType() != builder.getClass()
          || setter.getName().startsWith("_")) {
        continue;
      }
      Type type0 = setter.getGenericParameterTypes()[0];
      Parameter p = find(declared, setter.getName());
      Object value;
      if (p != null) {
        value = values.parameter(p, type0);
      } else if (setter.getName().equals("arguments") || jsonBody) {
        value = values.body(type0); // free-form form fields
      } else {
        value = values.field(setter.getName(), type0);
      }
      if (value != null) {
        invoke(setter, builder, value);
      }
    }
    return invoke(method(builder.getClass(), "build"), builder);
  }

  /** The spec parameter a Java name stands for: by its {@code x-ccsdk-name}, or its wire name. */
  private static Parameter find(List<Parameter> declared, String javaName) {
    for (Parameter p : declared) {
      Object renamed = extension(p.getExtensions(), "x-ccsdk-name");
      if (renamed != null
          ? javaName.equals(renamed)
          : normal(p.getName()).equals(normal(javaName))) {
        return p;
      }
    }
    return null;
  }

  /** A Java name and a wire name of the same thing: {@code clientId} and {@code client_id}. */
  public static boolean sameName(String javaName, String wireName) {
    return wireName != null && normal(javaName).equals(normal(wireName));
  }

  private static String normal(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  /** A generated service type and the ones it extends ({@code Chats extends ChatsService}). */
  private static List<Class<?>> serviceTypes(Class<?> type) {
    List<Class<?>> found = new ArrayList<>();
    if (type.getName().contains(".api.") && type.getSimpleName().endsWith("Service")) {
      found.add(type);
    }
    for (Class<?> parent : type.getInterfaces()) {
      found.addAll(serviceTypes(parent));
    }
    return found;
  }

  private static List<Class<?>> interfaces(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> face : c.getInterfaces()) {
        all.add(face);
        all.addAll(interfaces(face));
      }
    }
    return all;
  }

  /** A public method {@code name()} of {@code type}, found where it is accessible. */
  private static Method method(Class<?> type, String name) {
    List<Class<?>> owners = new ArrayList<>(interfaces(type));
    owners.add(0, type);
    for (Class<?> owner : owners) {
      if (java.lang.reflect.Modifier.isPublic(owner.getModifiers())) {
        try {
          return owner.getMethod(name);
        } catch (NoSuchMethodException e) {
          // not this one
        }
      }
    }
    throw new AssertionError(type + " has no accessible " + name + "()");
  }

  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new AssertionError(method + " is not accessible", e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(method + " failed", e.getCause());
    }
  }
}
