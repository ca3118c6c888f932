package io.github.ccsdk.testing;

import io.github.ccsdk.conformance.ReplayServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link CcsdkReplay}: one replay server per test class, and its clients. */
final class ReplayExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(ReplayExtension.class);

  /** A class's server and the vendor it replays. */
  private record Replay(Vendor vendor, ReplayServer server) {}

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (context.getStore(NS).get(Replay.class, Replay.class) != null) {
      return; // a @Nested class: its enclosing class's server
    }
    Class<?> type = context.getRequiredTestClass();
    CcsdkReplay replay =
        AnnotationSupport.findAnnotation(type, CcsdkReplay.class)
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        type.getName() + " has no @CcsdkReplay naming the vendor to replay"));
    List<Path> hars = new ArrayList<>();
    for (String name : replay.hars()) {
      hars.add(resource(type, name));
    }
    ReplayServer server = ReplayServer.startPackaged(replay.value().id, hars, 0);
    context.getStore(NS).put(Replay.class, new Replay(replay.value(), server));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Replay replay = context.getStore(NS).remove(Replay.class, Replay.class);
    if (replay != null) {
      replay.server().close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ReplayServer.class || Vendor.of(type) != null;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Replay replay = context.getStore(NS).get(Replay.class, Replay.class);
    if (replay == null) {
      throw new ParameterResolutionException(
          "no replay server yet for "
              + parameter.getParameter()
              + ": the class needs @CcsdkReplay, whose server starts before all tests (take clients"
              + " in test, @BeforeEach or @BeforeAll methods, not in the constructor of a"
              + " PER_CLASS test instance)");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == ReplayServer.class) {
      return replay.server();
    }
    Vendor wanted = Vendor.of(type);
    if (wanted != replay.vendor()) {
      throw new ParameterResolutionException(
          context.getRequiredTestClass().getName()
              + " replays "
              + replay.vendor().displayName
              + " (@CcsdkReplay("
              + replay.vendor()
              + ")), so it has no "
              + type.getSimpleName()
              + "; a "
              + wanted.displayName
              + " test needs @CcsdkReplay("
              + wanted
              + ")");
    }
    Object builder = Clients.builder(wanted, replay.server().url());
    return type.getSimpleName().equals("Builder") ? builder : Clients.build(wanted, builder);
  }

  /**
   * A class path resource as a file: itself when it is one, else a copy (a resource in a jar),
   * deleted when the JVM exits.
   */
  private static Path resource(Class<?> type, String name) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader loader = type.getClassLoader();
    URL url = loader == null ? null : loader.getResource(path);
    if (url == null) {
      throw new ExtensionConfigurationException(
          "@CcsdkReplay(hars) of " + type.getName() + ": no class path resource " + path);
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      Path copy = Files.createTempFile("ccsdk-replay-", ".har");
      copy.toFile().deleteOnExit();
      try (InputStream in = url.openStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class path resource " + path, e);
    } catch (URISyntaxException e) {
      throw new ExtensionConfigurationException("bad class path resource URL " + url, e);
    }
  }
}
