package io.github.ccsdk.conformance;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The conformance command line: {@code java -jar conformance.jar validate|serve ...}, parsed by
 * picocli (subcommand help, {@code --version} and argument errors).
 *
 * <ul>
 *   <li>{@code validate --spec <spec.yaml> [--strict] [--json] [--junit <file.xml>] [--server
 *       <base-url>]... <file.har>...}: exit 0 when every entry conforms, 1 when any does not (one
 *       line per violation on stdout, warnings on stderr; or one JSON document on stdout with
 *       {@code --json}), 2 on a usage error or an unreadable input (one line on stderr).
 *   <li>{@code serve [--examples] [--spec <spec.yaml> --port <port> <file.har>...]}: replays the
 *       recordings on 127.0.0.1 until stopped; with no spec and no HAR files, the specs and
 *       recordings packaged in the jar, one port per vendor from {@code --port} (default 8080);
 *       with {@code --examples}, a valid request no recording matches gets the spec's example
 *       answer; exit 2 when it cannot start.
 * </ul>
 *
 * <p>Every input is read once before anything is validated, so an unreadable file gives exit 2 and
 * its one line, not half a report. No stack trace ever reaches the user.
 */
@Command(
    name = "java -jar conformance.jar",
    mixinStandardHelpOptions = true,
    versionProvider = Conformance.Version.class,
    description =
        "Checks recorded HTTP exchanges (HAR 1.2) against an OpenAPI 3.0 spec and replays them.",
    subcommands = {Conformance.Validate.class, Conformance.Serve.class, HelpCommand.class},
    footer = {
      "",
      "Exit status: 0 all conform, 1 violations found, 2 usage error or unreadable input."
    })
public final class Conformance implements Callable<Integer> {
  static final int OK = 0;
  static final int VIOLATIONS = 1;
  static final int USAGE = 2;

  static final String USAGE_VALIDATE =
      "validate --spec <spec.yaml> [--strict] [--json] [--junit <file.xml>] [--server <base-url>]..."
          + " <file.har>...";
  static final String USAGE_SERVE =
      "serve [--port <port>] [--examples] [--spec <spec.yaml> <file.har>...]";

  /** The port {@code serve} starts from when none is given for the packaged recordings. */
  static final int DEFAULT_PORT = 8080;

  private final PrintStream out;
  private final PrintStream err;

  private Conformance(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line with these streams and returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    // networknt logs through SLF4J; without a provider SLF4J prints three lines of warnings on
    // stderr, which would break the one-line error contract.
    System.getProperties().putIfAbsent("slf4j.internal.verbosity", "ERROR");
    Conformance top = new Conformance(out, err);
    CommandLine cli = new CommandLine(top);
    PrintWriter outWriter = new PrintWriter(out, true);
    cli.setOut(outWriter);
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          String problem = e.getMessage();
          CommandLine where = e.getCommandLine();
          if (where == cli && e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            problem =
                unmatched.isEmpty() || unmatched.get(0).startsWith("-")
                    ? problem
                    : "unknown command \"" + unmatched.get(0) + "\"";
          }
          return usage(err, problem, where.getCommandName());
        });
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
    }
  }

  @Override
  public Integer call() {
    return usage(err, "no command given", null);
  }

  /** The one line of a usage error, with the synopsis of the command it concerns. */
  private static int usage(PrintStream err, String problem, String command) {
    String synopsis =
        "validate".equals(command)
            ? USAGE_VALIDATE
            : "serve".equals(command) ? USAGE_SERVE : USAGE_VALIDATE + " | " + USAGE_SERVE;
    err.println(
        "conformance: "
            + Texts.oneLine(problem)
            + " (usage: java -jar conformance.jar "
            + synopsis
            + "; --help for more)");
    err.flush();
    return USAGE;
  }

  /** Runs a command, turning every failure into one line on stderr and exit status 2. */
  private int guarded(String command, Callable<Integer> body) {
    try {
      return body.call();
    } catch (UsageException e) {
      return usage(err, e.getMessage(), command);
    } catch (ConformanceException e) {
      err.println("conformance: " + e.getMessage());
      return USAGE;
    } catch (StackOverflowError e) {
      err.println("conformance: input nested too deeply to process");
      return USAGE;
    } catch (OutOfMemoryError e) {
      err.println("conformance: out of memory; give the JVM more heap (-Xmx)");
      return USAGE;
    } catch (Exception e) {
      // A bug of ours; still one line, never a stack trace.
      err.println(
          "conformance: internal error ("
              + e.getClass().getSimpleName()
              + ": "
              + Texts.oneLine(e.getMessage())
              + "); please report it");
      return USAGE;
    }
  }

  /** {@code --version}: the project version the build wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"conformance " + version()};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = Conformance.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // no version then
      }
      return p.getProperty("version", "unknown");
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      versionProvider = Conformance.Version.class,
      description = {
        "Checks every entry of the HAR files against the OpenAPI 3.0 spec.",
        "Prints one line per violation on stdout and exits 1 if there is any; warnings"
            + " (properties or enum values the spec does not list) go to stderr."
      },
      footer = {
        "",
        "Exit status: 0 all conform, 1 violations found, 2 usage error or unreadable input."
      })
  static final class Validate implements Callable<Integer> {
    @ParentCommand Conformance top;

    @Option(
        names = "--spec",
        paramLabel = "<spec.yaml>",
        required = true,
        description = "the OpenAPI 3.0 spec (YAML or JSON)")
    Path spec;

    @Option(names = "--strict", description = "report warnings as violations")
    boolean strict;

    @Option(
        names = "--json",
        description = "print all findings as one JSON document on stdout instead")
    boolean json;

    @Option(
        names = "--junit",
        paramLabel = "<file.xml>",
        description =
            "also write a JUnit XML report: one testcase per HAR entry, a failure per entry with violations")
    Path junit;

    @Option(
        names = "--server",
        paramLabel = "<base-url>",
        description = "also accept exchanges recorded against this base URL (repeatable)")
    List<String> servers = new ArrayList<>();

    @Parameters(paramLabel = "<file.har>", arity = "1..*", description = "the recordings")
    List<Path> hars = new ArrayList<>();

    @Override
    public Integer call() {
      return top.guarded("validate", () -> top.validate(this));
    }
  }

  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      versionProvider = Conformance.Version.class,
      description = {
        "Answers requests on 127.0.0.1 with the recorded responses; anything not recorded gets 501"
            + " with a JSON body (and an X-Ccsdk-Mismatch header) saying why.",
        "With no spec and no HAR files it replays the specs and recordings packaged in the jar,"
            + " one port per vendor: ContactNow on --port, Comm100 on --port + 1, ServicePattern on"
            + " --port + 2."
      },
      footer = {
        "",
        "Exit status: 2 when it cannot start; otherwise it runs until stopped (Ctrl-C)."
      })
  static final class Serve implements Callable<Integer> {
    @ParentCommand Conformance top;

    @Option(
        names = "--spec",
        paramLabel = "<spec.yaml>",
        description = "the OpenAPI 3.0 spec of the HAR files")
    Path spec;

    @Option(
        names = "--port",
        paramLabel = "<port>",
        converter = PortConverter.class,
        description =
            "the port to listen on (0: any free port); the packaged recordings default to 8080")
    Integer port;

    @Option(
        names = "--examples",
        description =
            "answer a valid request no recording matches with its operation's first success"
                + " response and the spec's example (header X-Ccsdk-Source: example)")
    boolean examples;

    @Parameters(paramLabel = "<file.har>", arity = "0..*", description = "the recordings to replay")
    List<Path> hars = new ArrayList<>();

    @Override
    public Integer call() {
      return top.guarded("serve", () -> top.serve(this));
    }
  }

  /** A port number, 0 to 65535. */
  static final class PortConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int port;
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 0 || port > 65535) {
        throw new TypeConversionException(
            "must be a number from 0 to 65535, not \"" + value + "\"");
      }
      return port;
    }
  }

  // ---- validate

  private int validate(Validate a) {
    ConformanceValidator validator = ConformanceValidator.forSpec(a.spec).strict(a.strict);
    for (String server : a.servers) {
      try {
        validator = validator.withServer(server);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--server " + e.getMessage());
      }
    }
    // Every file is read through once first: an unreadable one is exit 2 before any output.
    for (Path har : a.hars) {
      validator.check(har);
    }
    if (a.servers.isEmpty()) {
      for (Path har : a.hars) {
        String wrong = Packaged.wrongVendor(validator.spec(), a.spec, List.of(har));
        if (wrong != null) {
          throw new ConformanceException(har + ": " + wrong);
        }
      }
    }
    JUnitReport junit = a.junit == null ? null : new JUnitReport(a.spec.toString());
    int status =
        a.json
            ? validateJson(validator, a, out, junit)
            : validateText(validator, a, out, err, junit);
    if (junit != null) {
      junit.write(a.junit);
    }
    return status;
  }

  private static int validateText(
      ConformanceValidator validator,
      Validate a,
      PrintStream out,
      PrintStream err,
      JUnitReport junit) {
    int entries = 0;
    int violations = 0;
    int warnings = 0;
    for (Path har : a.hars) {
      List<Finding> findings = new ArrayList<>();
      ConformanceValidator.Summary s =
          validator.validate(
              har,
              finding -> {
                findings.add(finding);
                (finding.severity() == Finding.Severity.VIOLATION ? out : err)
                    .println(finding.line());
              });
      if (junit != null) {
        junit.add(har, findings);
      }
      entries += s.entries();
      violations += s.violations();
      warnings += s.warnings();
    }
    out.flush();
    err.println(
        "conformance: "
            + a.hars.size()
            + (a.hars.size() == 1 ? " file, " : " files, ")
            + entries
            + (entries == 1 ? " entry: " : " entries: ")
            + violations
            + (violations == 1 ? " violation, " : " violations, ")
            + warnings
            + (warnings == 1 ? " warning" : " warnings"));
    return violations > 0 ? VIOLATIONS : OK;
  }

  private static int validateJson(
      ConformanceValidator validator, Validate a, PrintStream out, JUnitReport junit) {
    int[] totals = new int[3];
    try (JsonGenerator json =
        JsonMapper.builder()
            .build()
            .getFactory()
            .createGenerator(new NonClosing(out), JsonEncoding.UTF8)
            .useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (Path har : a.hars) {
        List<Finding> findings = new ArrayList<>();
        ConformanceValidator.Summary s =
            validator.validate(
                har,
                finding -> {
                  findings.add(finding);
                  try {
                    write(json, finding);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
        if (junit != null) {
          junit.add(har, findings);
        }
        totals[0] += s.entries();
        totals[1] += s.violations();
        totals[2] += s.warnings();
      }
      json.writeEndArray();
      json.writeNumberField("files", a.hars.size());
      json.writeNumberField("entries", totals[0]);
      json.writeNumberField("violations", totals[1]);
      json.writeNumberField("warnings", totals[2]);
      json.writeEndObject();
      json.writeRaw(System.lineSeparator());
    } catch (IOException | UncheckedIOException e) {
      throw new ConformanceException("cannot write the report: " + e.getMessage());
    }
    out.flush();
    return totals[1] > 0 ? VIOLATIONS : OK;
  }

  private static void write(JsonGenerator json, Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", f.file());
    json.writeNumberField("entry", f.entry());
    json.writeStringField("method", f.method());
    json.writeStringField("path", f.path());
    json.writeNumberField("status", f.status());
    if (f.operationId() != null) {
      json.writeStringField("operationId", f.operationId());
    }
    json.writeStringField("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
    json.writeStringField("where", f.where());
    json.writeStringField("message", f.message());
    if (f.schema() != null) {
      json.writeStringField("schema", f.schema());
    }
    json.writeEndObject();
  }

  // ---- serve

  private int serve(Serve a) {
    if (a.spec == null && !a.hars.isEmpty()) {
      throw new UsageException("serve needs --spec <spec.yaml> for its HAR files");
    }
    if (a.spec != null && a.hars.isEmpty()) {
      throw new UsageException(
          "serve needs HAR files with --spec (or neither, for the packaged recordings)");
    }
    if (a.spec != null && a.port == null) {
      throw new UsageException("serve needs --port <port> (0 for any free port)");
    }
    List<ReplayServer> servers = new ArrayList<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  synchronized (servers) {
                    servers.forEach(ReplayServer::close);
                  }
                },
                "conformance-stop"));
    try {
      if (a.spec != null) {
        Spec spec = Spec.load(a.spec);
        for (Path har : a.hars) {
          Har.read(har, entry -> {}); // unreadable: exit 2 before the port is taken
        }
        String wrong = Packaged.wrongVendor(spec, a.spec, a.hars);
        if (wrong != null) {
          throw new ConformanceException(wrong);
        }
        ReplayServer server = start(spec, a.hars, a.port, a.examples, "");
        synchronized (servers) {
          servers.add(server);
        }
        out.println(
            "conformance: replaying "
                + server.size()
                + " recorded exchanges from "
                + a.hars.size()
                + (a.hars.size() == 1 ? " file" : " files")
                + " on "
                + server.url()
                + " (Ctrl-C stops)");
      } else {
        int first = a.port == null ? DEFAULT_PORT : a.port;
        int n = 0;
        for (Packaged.Vendor v : Packaged.Vendor.values()) {
          List<Path> hars = v.hars();
          ReplayServer server =
              start(
                  Spec.load(v.spec()),
                  hars,
                  first == 0 ? 0 : first + n,
                  a.examples,
                  v.displayName + ": ");
          n++;
          synchronized (servers) {
            servers.add(server);
          }
          out.println(
              "conformance: "
                  + v.displayName
                  + " on "
                  + server.url()
                  + " ("
                  + server.size()
                  + " recorded exchanges, packaged "
                  + v.id
                  + " spec)");
        }
        out.println("conformance: replaying the packaged recordings (Ctrl-C stops)");
      }
    } catch (RuntimeException e) {
      synchronized (servers) {
        servers.forEach(ReplayServer::close);
      }
      throw e;
    }
    out.flush();
    try {
      new CountDownLatch(1).await(); // until the JVM stops (the hook closes the servers)
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      synchronized (servers) {
        servers.forEach(ReplayServer::close);
      }
    }
    return OK;
  }

  private ReplayServer start(
      Spec spec, List<Path> hars, int port, boolean examples, String prefix) {
    try {
      return ReplayServer.start(
          spec,
          hars,
          port,
          examples,
          line -> {
            synchronized (out) {
              out.println(Texts.oneLine(prefix + line));
              out.flush();
            }
          },
          null);
    } catch (BindException e) {
      throw new ConformanceException(e.getMessage());
    } catch (IOException e) {
      throw new ConformanceException("cannot start the server: " + e.getMessage());
    }
  }

  /** A command line that is not what the usage says. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /** Lets the JSON generator finish without closing stdout. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
