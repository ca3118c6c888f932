package io.github.ccsdk.core.spi;

import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.RequestLine;
import feign.Target;
import feign.codec.DecodeException;
import feign.codec.EncodeException;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.LogLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The last line of defence: whatever goes wrong inside Feign reaches the caller as the SDK's {@link
 * ApiException}, never as a {@link FeignException}, a Jackson exception or an {@link IOException}.
 *
 * <p>Our decoder and error decoder already throw {@link ApiException}s; Feign may wrap them (in a
 * {@code RetryableException} for a retryable status, a {@code DecodeException} from decoding), and
 * they are unwrapped here. Everything else is translated.
 *
 * <p>Two exceptions pass unchanged: {@link IllegalArgumentException} and {@link
 * NullPointerException}, thrown for invalid arguments (a null body the method requires, a null path
 * value). They mean the calling code has a bug; disguised as an I/O {@code ApiException} they would
 * be retried or reported as an outage. A null body of an {@link OptionalBody} method sends none.
 */
final class ApiInvocationHandlerFactory implements InvocationHandlerFactory {
  private final Failures failures;
  private final String baseUrl;
  private final LogLevel logLevel;
  private final Log log;

  ApiInvocationHandlerFactory(Failures failures, String baseUrl, LogLevel logLevel, Log log) {
    this.failures = failures;
    this.baseUrl = baseUrl;
    this.logLevel = logLevel;
    this.log = log;
  }

  @Override
  @SuppressWarnings("rawtypes") // the Feign interface declares a raw Target
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    Class<?> type = target.type();
    Map<Method, Body> bodies = new java.util.HashMap<>();
    for (Method method : dispatch.keySet()) {
      bodies.put(method, Body.of(type, method));
    }
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(type, proxy, method, args);
      }
      MethodHandler handler = dispatch.get(method);
      if (handler == null) {
        throw new UnsupportedOperationException(
            type.getSimpleName() + "." + method.getName() + " is not an API method");
      }
      if (method.isDefault()) {
        return handler.invoke(args); // API calls it makes are translated on their own way out
      }
      Object[] arguments = bodies.get(method).fill(args);
      Call outer = Call.open(method);
      try {
        return handler.invoke(arguments);
      } catch (ApiException e) {
        throw logged(e);
      } catch (IllegalArgumentException | NullPointerException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw logged(translate(t, method));
      } finally {
        Call.close(outer);
      }
    };
  }

  /**
   * {@code e}, logged at DEBUG: a failure the SDK finds in a 2xx answer (a {@code success: false}
   * envelope) shows in the log only here. Its message is already redacted.
   */
  private ApiException logged(ApiException e) {
    if (logLevel != LogLevel.NONE && log.enabled(Log.Level.DEBUG)) {
      Call call = Call.current();
      String operation = call != null ? call.operation() : "?";
      log.log(Log.Level.DEBUG, "[" + operation + "] call failed: " + e.getMessage());
    }
    return e;
  }

  /**
   * Where a method's request body is (the parameter without annotations, as Feign has it) and what
   * a null there means; found once per method, not on every call.
   */
  private record Body(int index, boolean optional, String method) {
    static Body of(Class<?> type, Method method) {
      java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
      int index = -1;
      for (int i = 0; i < annotations.length && index < 0; i++) {
        if (annotations[i].length == 0) {
          index = i;
        }
      }
      return new Body(
          index,
          method.isAnnotationPresent(OptionalBody.class),
          type.getSimpleName() + "." + method.getName());
    }

    /**
     * {@code args} with a null body replaced by {@link CoreEncoder#NO_BODY} on an {@link
     * OptionalBody} method.
     *
     * @throws NullPointerException for a null body the method requires
     */
    Object[] fill(Object[] args) {
      if (index < 0 || args == null || args[index] != null) {
        return args;
      }
      if (!optional) {
        throw new NullPointerException(method + ": the request body is required");
      }
      Object[] copy = args.clone();
      copy[index] = CoreEncoder.NO_BODY;
      return copy;
    }
  }

  /** equals is identity, and toString shows the API and base URL only (never credentials). */
  private Object objectMethod(Class<?> type, Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "equals":
        return args != null && args.length == 1 && proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return type.getSimpleName() + "(" + baseUrl + ")";
      default:
        throw new UnsupportedOperationException(method.getName());
    }
  }

  ApiException translate(Throwable t, Method method) {
    if (t instanceof FeignException && t.getCause() instanceof ApiException) {
      return (ApiException) t.getCause();
    }
    if (t instanceof FeignException) {
      FeignException fe = (FeignException) t;
      IOException io = ioCause(fe);
      if (fe.request() != null && io != null) {
        return failures.io(fe.request(), io, "the request failed");
      }
      if (t instanceof EncodeException) {
        String why = t.getMessage() == null ? "" : ": " + failures.redaction().text(t.getMessage());
        return beforeSending(method, "could not encode the request" + why, t.getCause());
      }
      if (fe.request() != null) {
        ApiException.Kind kind =
            t instanceof DecodeException
                ? ApiException.Kind.UNEXPECTED_RESPONSE
                : ApiException.Kind.forStatus(fe.status());
        return failures.create(
            failures
                .details(kind, fe.request())
                .status(Math.max(fe.status(), 0))
                .problem(t.getClass().getSimpleName())
                .build(),
            io);
      }
    }
    if (t instanceof UncheckedIOException) {
      return beforeSending(
          method, "the request failed: " + failures.describe(t.getCause()), t.getCause());
    }
    return beforeSending(method, "the request failed: " + failures.describe(t), t);
  }

  /** A failure with no Feign request to describe: use the method's request line. */
  private ApiException beforeSending(Method method, String problem, Throwable cause) {
    String httpMethod = "?";
    String url = baseUrl;
    RequestLine line = method.getAnnotation(RequestLine.class);
    if (line != null) {
      String value = line.value().trim();
      int space = value.indexOf(' ');
      httpMethod = space < 0 ? value : value.substring(0, space);
      url = baseUrl + (space < 0 ? "" : value.substring(space + 1).trim());
    }
    return failures.create(
        failures.details(ApiException.Kind.IO, httpMethod, url).problem(problem).build(), cause);
  }

  private static IOException ioCause(Throwable t) {
    for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof IOException) {
        return (IOException) c;
      }
    }
    return null;
  }
}
