package io.github.ccsdk.core.spi;

import feign.Request;
import io.github.ccsdk.core.RequestOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API call under way on this thread: its operation, its {@link RequestOptions} and how many
 * exchanges it has sent. The invocation handler opens one per call; the runtime's decorators, the
 * retryer and the error decoder, all on the calling thread, read it.
 */
public final class Call {
  private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

  /** Options a {@link #withOptions} view hands to the next call it starts on this thread. */
  private static final ThreadLocal<RequestOptions> PENDING = new ThreadLocal<>();

  private static final Map<Method, String> OPERATIONS = new ConcurrentHashMap<>();

  private final String operation;
  private final RequestOptions options;
  private int exchanges;

  private Call(String operation, RequestOptions options) {
    this.operation = operation;
    this.options = options;
  }

  /**
   * A view of {@code api} (a generated Feign interface) whose calls use {@code options}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static <T> T withOptions(T api, Class<T> type, RequestOptions options) {
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(options, "options == null");
    // Through the API's own handler, not Method.invoke: the generated interfaces are not public.
    InvocationHandler target = Proxy.getInvocationHandler(api);
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString")
                ? api + " with " + options
                : method.getName().equals("equals")
                    ? proxy == args[0]
                    : (Object) System.identityHashCode(proxy);
          }
          RequestOptions before = PENDING.get();
          PENDING.set(options);
          try {
            return target.invoke(api, method, args);
          } finally {
            restore(PENDING, before);
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** The call on this thread, or null outside one. */
  static Call current() {
    return CURRENT.get();
  }

  /**
   * Opens the call of {@code method} on this thread, taking the options a view handed over; close
   * it with {@link #close(Call)} and the value returned.
   */
  static Call open(Method method) {
    RequestOptions options = PENDING.get();
    PENDING.remove(); // a call the call makes (a token fetch) does not inherit them
    Call outer = CURRENT.get();
    CURRENT.set(new Call(operation(method), options != null ? options : RequestOptions.none()));
    return outer;
  }

  /** Ends the current call, making {@code outer} (what {@link #open} returned) current again. */
  static void close(Call outer) {
    restore(CURRENT, outer);
  }

  /** The operation's name, such as {@code VisitorsService.get}. */
  String operation() {
    return operation;
  }

  /** The call's own options. */
  RequestOptions options() {
    return options;
  }

  /** Counts an exchange of this call and answers its number, from 1. */
  int nextExchange() {
    return ++exchanges;
  }

  /** The number of the exchange under way (0 before the first). */
  int exchanges() {
    return exchanges;
  }

  /** The current call's own retry policy, or {@code otherwise}. */
  static io.github.ccsdk.core.RetryPolicy retryPolicy(io.github.ccsdk.core.RetryPolicy otherwise) {
    Call call = CURRENT.get();
    return call != null ? call.options.retryPolicy().orElse(otherwise) : otherwise;
  }

  /** The operation of a request's method, or "?" for a request made outside a Feign method. */
  static String operation(Request request) {
    Call call = CURRENT.get();
    if (call != null) {
      return call.operation;
    }
    return request.requestTemplate() != null && request.requestTemplate().methodMetadata() != null
        ? operation(request.requestTemplate().methodMetadata().method())
        : "?";
  }

  /**
   * {@code Service.method} for a generated wire method ({@code ServiceImpl.Wire#getWithResponse} is
   * {@code Service.get}), {@code Type.method} for any other.
   */
  static String operation(Method method) {
    return OPERATIONS.computeIfAbsent(
        method,
        m -> {
          Class<?> type = m.getDeclaringClass();
          String owner =
              type.getEnclosingClass() != null && type.getSimpleName().equals("Wire")
                  ? type.getEnclosingClass().getSimpleName()
                  : type.getSimpleName();
          if (owner.endsWith("Impl")) {
            owner = owner.substring(0, owner.length() - "Impl".length());
          }
          String name = m.getName();
          if (name.endsWith("WithResponse") && name.length() > "WithResponse".length()) {
            name = name.substring(0, name.length() - "WithResponse".length());
          }
          return owner + "." + name;
        });
  }

  private static <T> void restore(ThreadLocal<T> local, T value) {
    if (value == null) {
      local.remove();
    } else {
      local.set(value);
    }
  }
}
