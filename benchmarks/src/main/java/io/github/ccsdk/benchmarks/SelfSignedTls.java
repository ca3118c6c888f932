package io.github.ccsdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away key and self-signed certificate for 127.0.0.1, made at run time by the JDK's own
 * {@code keytool} in a temporary directory (nothing is committed), and the trust store that trusts
 * it. {@link #trustForThisJvm()} makes every client of this JVM trust it: the JDK's default
 * SSLContext (HttpURLConnection, java.net.http) and OkHttp both read {@code
 * javax.net.ssl.trustStore} when they first build their trust managers, so it must be called before
 * the first TLS connection.
 */
final class SelfSignedTls implements AutoCloseable {
  private static final String ALIAS = "loopback";

  private final Path dir;
  private final Path keyStore;
  private final Path trustStore;
  private final char[] password;

  private SelfSignedTls(Path dir, Path keyStore, Path trustStore, char[] password) {
    this.dir = dir;
    this.keyStore = keyStore;
    this.trustStore = trustStore;
    this.password = password;
  }

  static SelfSignedTls create() throws IOException, GeneralSecurityException, InterruptedException {
    Path dir = Files.createTempDirectory("ccsdk-bench-tls");
    Path keyStore = dir.resolve("server.p12");
    Path trustStore = dir.resolve("trust.p12");
    String password = Long.toHexString(Double.doubleToLongBits(Math.random())) + "pw";
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                ALIAS,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                password,
                "-keypass",
                password)
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + new String(output));
    }
    KeyStore keys = load(keyStore, password.toCharArray());
    Certificate certificate = keys.getCertificate(ALIAS);
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry(ALIAS, certificate);
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      trusted.store(out, password.toCharArray());
    }
    return new SelfSignedTls(dir, keyStore, trustStore, password.toCharArray());
  }

  private static KeyStore load(Path file, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }

  /** The server's context: this key and certificate. */
  SSLContext serverContext() throws IOException, GeneralSecurityException {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(load(keyStore, password), password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  /** Makes the certificate the only one the JVM's default trust managers trust. */
  void trustForThisJvm() {
    System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    System.setProperty("javax.net.ssl.trustStorePassword", new String(password));
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
