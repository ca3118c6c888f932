package io.github.ccsdk.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a user of a module can reach: its public types and their public members (and protected ones
 * of types a user may extend), with the problems the SDK surface must not have.
 */
public final class PublicApi {
  private final List<Class<?>> types;

  private PublicApi(List<Class<?>> types) {
    this.types = types;
  }

  /**
   * The public types compiled into {@code classes} (a {@code target/classes} folder) whose package
   * starts with {@code packagePrefix} and is not excluded by {@code excludedPackages}.
   */
  public static PublicApi of(Path classes, String packagePrefix, String... excludedPackages) {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (!name.startsWith(packagePrefix) || name.equals("module-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, PublicApi.class.getClassLoader());
        if (reachable(type) && !excluded(type, excludedPackages)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("a compiled class is not on the test class path: " + e, e);
    }
    if (types.isEmpty()) {
      throw new AssertionError("no public type under " + packagePrefix + " in " + classes);
    }
    return new PublicApi(types);
  }

  /**
   * Fails unless the surface is plain Java with short argument lists: no reachable signature names
   * a Feign type, and no method takes more than three arguments (path ids, a body, a params
   * object).
   */
  public void assertSdkSurface() {
    List<String> problems = new ArrayList<>();
    signaturesNaming("feign.").forEach(s -> problems.add("Feign in a public signature: " + s));
    methodsWithMoreParametersThan(3).forEach(s -> problems.add("more than 3 arguments: " + s));
    if (!problems.isEmpty()) {
      throw new AssertionError(problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
  }

  /** The public types found. */
  public List<Class<?>> types() {
    return types;
  }

  /** Every reachable signature that names a type of a package starting with {@code prefix}. */
  public List<String> signaturesNaming(String prefix) {
    List<String> found = new ArrayList<>();
    for (Class<?> type : types) {
      for (String signature : signatures(type)) {
        if (signature.contains(prefix)) {
          found.add(type.getName() + ": " + signature);
        }
      }
    }
    return found;
  }

  /** Every reachable method with more than {@code max} parameters. */
  public List<String> methodsWithMoreParametersThan(int max) {
    List<String> found = new ArrayList<>();
    for (Class<?> type : types) {
      for (Method m : type.getDeclaredMethods()) {
        if (visible(type, m.getModifiers()) && !m.isSynthetic() && m.getParameterCount() > max) {
          found.add(type.getName() + ": " + m.toGenericString());
        }
      }
    }
    return found;
  }

  private static List<String> signatures(Class<?> type) {
    List<String> all = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      all.add("extends " + type.getGenericSuperclass().getTypeName());
    }
    for (java.lang.reflect.Type face : type.getGenericInterfaces()) {
      all.add("implements " + face.getTypeName());
    }
    for (Method m : type.getMethods()) {
      all.add(m.toGenericString());
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(type, c.getModifiers())) {
        all.add(c.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isProtected(m.getModifiers()) && visible(type, m.getModifiers())) {
        all.add(m.toGenericString());
      }
    }
    for (Field f : type.getFields()) {
      all.add(f.toGenericString());
    }
    return all;
  }

  /** Public, or protected in a type a user can extend. */
  private static boolean visible(Class<?> type, int modifiers) {
    return Modifier.isPublic(modifiers)
        || (Modifier.isProtected(modifiers) && !Modifier.isFinal(type.getModifiers()));
  }

  /** A public type all of whose enclosing types are public too. */
  private static boolean reachable(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean excluded(Class<?> type, String... packages) {
    for (String p : packages) {
      if (type.getPackageName().equals(p) || type.getPackageName().startsWith(p + ".")) {
        return true;
      }
    }
    return false;
  }
}
