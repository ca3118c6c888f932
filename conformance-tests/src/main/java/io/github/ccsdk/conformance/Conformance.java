package io.github.ccsdk.conformance;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The conformance command line: {@code java -jar conformance.jar validate|serve ...}.
 *
 * <ul>
 *   <li>{@code validate --spec <spec.yaml> [--strict] [--json] [--server <base-url>]...
 *       <file.har>...}: exit 0 when every entry conforms, 1 when any does not (one line per
 *       violation on stdout, warnings on stderr; or one JSON document on stdout with {@code
 *       --json}), 2 on a usage error or an unreadable input (one line on stderr).
 *   <li>{@code serve --spec <spec.yaml> --port <port> <file.har>...}: replays the recordings on
 *       127.0.0.1 until stopped; exit 2 when it cannot start.
 * </ul>
 *
 * <p>Every input is read once before anything is validated, so an unreadable file gives exit 2 and
 * its one line, not half a report. No stack trace ever reaches the user.
 */
public final class Conformance {
  static final int OK = 0;
  static final int VIOLATIONS = 1;
  static final int USAGE = 2;

  static final String USAGE_VALIDATE =
      "validate --spec <spec.yaml> [--strict] [--json] [--server <base-url>]... <file.har>...";
  static final String USAGE_SERVE = "serve --spec <spec.yaml> --port <port> <file.har>...";
  private static final String HELP =
      String.join(
          System.lineSeparator(),
          "usage: java -jar conformance.jar " + USAGE_VALIDATE,
          "       java -jar conformance.jar " + USAGE_SERVE,
          "",
          "validate  checks every entry of the HAR files against the OpenAPI 3.0 spec.",
          "          Prints one line per violation on stdout and exits 1 if there is any;",
          "          warnings (properties or enum values the spec does not list) go to stderr.",
          "  --strict      report warnings as violations",
          "  --json        print all findings as one JSON document on stdout instead",
          "  --server URL  also accept exchanges recorded against this base URL (repeatable)",
          "serve     answers requests on 127.0.0.1:<port> with the recorded responses;",
          "          anything not recorded gets 501 with a JSON body saying why.",
          "  --port N      the port to listen on (0: any free port)",
          "",
          "Exit status: 0 all conform, 1 violations found, 2 usage error or unreadable input.");

  private Conformance() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.exit(status);
  }

  /** Runs the command line with these streams and returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    // networknt logs through SLF4J; without a provider SLF4J prints three lines of warnings on
    // stderr, which would break the one-line error contract.
    System.getProperties().putIfAbsent("slf4j.internal.verbosity", "ERROR");
    try {
      if (args.length == 0) {
        return usage(err, "no command given");
      }
      switch (args[0]) {
        case "validate":
          return validate(Arguments.parse(args, false), out, err);
        case "serve":
          return serve(Arguments.parse(args, true), out, err);
        case "help":
        case "--help":
        case "-h":
          out.println(HELP);
          return OK;
        default:
          return usage(err, "unknown command \"" + args[0] + "\"");
      }
    } catch (UsageException e) {
      return usage(err, e.getMessage());
    } catch (ConformanceException e) {
      err.println("conformance: " + e.getMessage());
      return USAGE;
    } catch (StackOverflowError e) {
      err.println("conformance: input nested too deeply to process");
      return USAGE;
    } catch (OutOfMemoryError e) {
      err.println("conformance: out of memory; give the JVM more heap (-Xmx)");
      return USAGE;
    } catch (RuntimeException e) {
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

  private static int usage(PrintStream err, String problem) {
    err.println(
        "conformance: "
            + Texts.oneLine(problem)
            + " (usage: java -jar conformance.jar "
            + USAGE_VALIDATE
            + " | "
            + USAGE_SERVE
            + ")");
    return USAGE;
  }

  // ---- validate

  private static int validate(Arguments a, PrintStream out, PrintStream err) {
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
    return a.json ? validateJson(validator, a, out) : validateText(validator, a, out, err);
  }

  private static int validateText(
      ConformanceValidator validator, Arguments a, PrintStream out, PrintStream err) {
    int entries = 0;
    int violations = 0;
    int warnings = 0;
    for (Path har : a.hars) {
      ConformanceValidator.Summary s =
          validator.validate(
              har,
              finding ->
                  (finding.severity() == Finding.Severity.VIOLATION ? out : err)
                      .println(finding.line()));
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

  private static int validateJson(ConformanceValidator validator, Arguments a, PrintStream out) {
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
        ConformanceValidator.Summary s =
            validator.validate(
                har,
                finding -> {
                  try {
                    write(json, finding);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
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

  private static int serve(Arguments a, PrintStream out, PrintStream err) {
    Spec spec = Spec.load(a.spec);
    ReplayServer server;
    try {
      server =
          ReplayServer.start(
              spec,
              a.hars,
              a.port,
              line -> {
                synchronized (out) {
                  out.println(Texts.oneLine(line));
                  out.flush();
                }
              },
              null);
    } catch (BindException e) {
      throw new ConformanceException(e.getMessage());
    } catch (IOException e) {
      throw new ConformanceException("cannot start the server: " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "conformance-stop"));
    out.println(
        "conformance: replaying "
            + server.size()
            + " recorded exchanges from "
            + a.hars.size()
            + (a.hars.size() == 1 ? " file" : " files")
            + " on "
            + server.url()
            + " (Ctrl-C stops)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return OK;
  }

  // ---- arguments

  /** A command line that is not what the usage says. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /** The parsed options of one command. */
  private static final class Arguments {
    Path spec;
    boolean strict;
    boolean json;
    Integer port;
    final List<String> servers = new ArrayList<>();
    final List<Path> hars = new ArrayList<>();

    static Arguments parse(String[] args, boolean serve) {
      Arguments a = new Arguments();
      String command = args[0];
      boolean optionsDone = false;
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (optionsDone || !arg.startsWith("--")) {
          a.hars.add(Path.of(arg));
          continue;
        }
        switch (arg) {
          case "--" -> optionsDone = true;
          case "--spec" -> {
            if (a.spec != null) {
              throw new UsageException("--spec given twice");
            }
            a.spec = Path.of(value(args, ++i, arg));
          }
          case "--strict" -> {
            if (serve) {
              throw new UsageException("--strict is an option of validate, not of " + command);
            }
            a.strict = true;
          }
          case "--json" -> {
            if (serve) {
              throw new UsageException("--json is an option of validate, not of " + command);
            }
            a.json = true;
          }
          case "--server" -> {
            if (serve) {
              throw new UsageException("--server is an option of validate, not of " + command);
            }
            a.servers.add(value(args, ++i, arg));
          }
          case "--port" -> {
            if (!serve) {
              throw new UsageException("--port is an option of serve, not of " + command);
            }
            String value = value(args, ++i, arg);
            try {
              a.port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              a.port = -1;
            }
            if (a.port < 0 || a.port > 65535) {
              throw new UsageException(
                  "--port must be a number from 0 to 65535, not \"" + value + "\"");
            }
          }
          default -> throw new UsageException("unknown option " + arg);
        }
      }
      if (a.spec == null) {
        throw new UsageException(command + " needs --spec <spec.yaml>");
      }
      if (serve && a.port == null) {
        throw new UsageException("serve needs --port <port> (0 for any free port)");
      }
      if (a.hars.isEmpty()) {
        throw new UsageException(command + " needs at least one HAR file");
      }
      return a;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new UsageException(option + " needs a value");
      }
      return args[i];
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
