package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process through its real entry point: exit codes and exact output. */
class CliTest {
  private static final String COMM100 = Vendor.COMM100.spec().toString();
  private static final String VALIDATE =
      "validate --spec <spec.yaml> [--strict] [--json] [--junit <file.xml>] [--server <base-url>]..."
          + " <file.har>...";
  private static final String SERVE =
      "serve [--port <port>] [--examples] [--spec <spec.yaml> <file.har>...]";
  private static final String USAGE =
      " (usage: java -jar conformance.jar " + VALIDATE + " | " + SERVE + "; --help for more)";
  private static final String USAGE_VALIDATE =
      " (usage: java -jar conformance.jar " + VALIDATE + "; --help for more)";
  private static final String USAGE_SERVE =
      " (usage: java -jar conformance.jar " + SERVE + "; --help for more)";

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Conformance.run(args, o, e);
    }
    return new Run(
        status,
        out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
        err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  // ---- validate: conforming and not

  @Test
  void everyRecordingOfAVendorConforms() {
    List<String> args = new ArrayList<>(List.of("validate", "--spec", COMM100));
    int entries = 0;
    for (Path har : Vendor.COMM100.hars()) {
      args.add(har.toString());
      entries += Vendor.entries(har).size();
    }
    Run run = run(args.toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "conformance: "
                + Vendor.COMM100.hars().size()
                + " files, "
                + entries
                + " entries: 0 violations, 0 warnings"),
        run.errLines());
  }

  @Test
  void printsOneLinePerViolationAndExitsOne() throws Exception {
    Path har = write("cases.har", CASES);
    Run run = run("validate", "--spec", COMM100, har.toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(
        List.of(
            har
                + "#0 GET /api/v3/livechat/visitors/not-a-uuid -> 200: request path \"id\": does"
                + " not match the uuid pattern must be a valid RFC 4122 UUID",
            har
                + "#0 GET /api/v3/livechat/visitors/not-a-uuid -> 200: response body /visits:"
                + " string found, integer expected",
            har
                + "#1 GET /api/v3/livechat/visitors -> 418: response status: 418 is not documented"
                + " for listVisitors (documented: 200, 400, 401, 403, 500)",
            har
                + "#2 GET /api/v3/nothing -> 200: operation: no operation matches: no path of the"
                + " spec matches this request",
            har
                + "#3 GET /api/v3/livechat/visitors -> 200: operation: no operation matches: the URL"
                + " is under none of the spec's servers (https://api{platform}.comm100.io,"
                + " https://{controlPanelHost}.comm100.io); name the recording's base URL with"
                + " --server",
            har
                + "#4 DELETE /api/v3/livechat/visitors -> 204: operation: no operation matches: the"
                + " spec has no DELETE operation for this path (it has GET)",
            har
                + "#5 GET /api/v3/livechat/visitors -> 200: request credentials: none of the"
                + " operation's security requirements is met; expected bearerAuth (Authorization:"
                + " Bearer ...) or basicAuth (Authorization: Basic ...)",
            har
                + "#5 GET /api/v3/livechat/visitors -> 200: response Content-Type: \"text/html\" is"
                + " not documented (the spec documents application/json)"),
        run.outLines());
    assertEquals(
        List.of(
            har
                + "#5 GET /api/v3/livechat/visitors -> 200: request query \"color\": warning:"
                + " parameter is not in the spec",
            "conformance: 1 file, 6 entries: 8 violations, 1 warning"),
        run.errLines());
  }

  @Test
  void jsonPrintsTheSameFindingsAsOneDocument() throws Exception {
    Path har = write("cases.har", CASES);
    Run text = run("validate", "--spec", COMM100, har.toString());
    Run json = run("validate", "--json", "--spec", COMM100, har.toString());
    assertEquals(1, json.status());
    assertEquals("", json.err());
    JsonNode report = json(json.out());
    assertEquals(6, report.get("entries").asInt());
    assertEquals(8, report.get("violations").asInt());
    assertEquals(1, report.get("warnings").asInt());
    assertEquals(1, report.get("files").asInt());
    List<String> violations = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      if (f.get("severity").asText().equals("violation")) {
        violations.add(
            f.get("file").asText()
                + "#"
                + f.get("entry").asInt()
                + " "
                + f.get("method").asText()
                + " "
                + f.get("path").asText()
                + " -> "
                + f.get("status").asInt()
                + ": "
                + f.get("where").asText()
                + ": "
                + f.get("message").asText());
      }
    }
    assertEquals(text.outLines(), violations);
    JsonNode first = report.get("findings").get(0);
    assertEquals("getVisitor", first.get("operationId").asText());
    assertEquals("#/components/parameters/VisitorId/schema/format", first.get("schema").asText());
  }

  @Test
  void strictTurnsWarningsIntoViolations() {
    String spec = Vendor.CONTACTNOW.spec().toString();
    String har = Vendor.CONTACTNOW.recordings().resolve("readRecords.har").toString();
    Run lenient = run("validate", "--spec", spec, har);
    assertEquals(0, lenient.status(), lenient.out());
    assertEquals("", lenient.out());
    List<String> warnings = lenient.errLines().subList(0, lenient.errLines().size() - 1);
    assertFalse(warnings.isEmpty(), "the recording has undeclared custom fields");
    Run strict = run("validate", "--strict", "--spec", spec, har);
    assertEquals(1, strict.status());
    List<String> expected = new ArrayList<>();
    warnings.forEach(w -> expected.add(w.replace(": warning: ", ": ")));
    assertEquals(expected, strict.outLines());
  }

  @Test
  void anUnknownEventTypeIsAWarningAndABrokenKnownOneAViolation() throws Exception {
    String spec = Vendor.SERVICEPATTERN.spec().toString();
    String recorded =
        Files.readString(Vendor.SERVICEPATTERN.recordings().resolve("getNewChatEvents.har"));
    String status = "{\\\"event\\\":\\\"chat_session_status\\\",";
    assertTrue(recorded.contains(status), "the recording starts with a status event");
    Path unknown =
        write("unknown.har", recorded.replace(status, status.replace("status", "brand_new")));
    Run lenient = run("validate", "--spec", spec, unknown.toString());
    assertEquals(0, lenient.status(), lenient.out());
    assertEquals(2, lenient.errLines().size(), lenient.err());
    assertTrue(
        lenient
            .errLines()
            .get(0)
            .endsWith(
                "/events/0/event: warning: event \"chat_session_brand_new\" is not in the spec"
                    + " (accepted: the union is open)"),
        lenient.err());
    Run strict = run("validate", "--strict", "--spec", spec, unknown.toString());
    assertEquals(1, strict.status(), strict.err());
    assertEquals(1, strict.outLines().size(), strict.out());

    // A known type keeps its schema: a message event without its text is still a violation.
    Path broken = write("broken.har", recorded.replace("\\\"msg\\\":", "\\\"text\\\":"));
    Run run = run("validate", "--spec", spec, broken.toString());
    assertEquals(1, run.status(), run.err());
    assertTrue(run.out().contains("/events/2"), run.out());
  }

  @Test
  void serverAcceptsExchangesRecordedAgainstAnotherBaseUrl() throws Exception {
    Path har =
        write(
            "local.har",
            """
            {"log":{"version":"1.2","entries":[{"request":{"method":"GET",
             "url":"http://127.0.0.1:8080/api/v3/livechat/customAwayStatus",
             "headers":[{"name":"Authorization","value":"Basic REDACTED"}]},
             "response":{"status":200,"headers":[{"name":"Content-Type","value":"application/json"}],
             "content":{"size":2,"mimeType":"application/json","text":"[]"}}}]}}
            """);
    assertEquals(1, run("validate", "--spec", COMM100, har.toString()).status());
    Run run =
        run("validate", "--spec", COMM100, "--server", "http://127.0.0.1:8080", har.toString());
    assertEquals(0, run.status(), run.out());
  }

  // ---- exit 2: unreadable input, one line, no stack trace

  @Test
  void missingHarFile() {
    Path missing = dir.resolve("missing.har");
    assertOneLineExactly(
        run("validate", "--spec", COMM100, missing.toString()),
        "conformance: " + missing + ": no such file");
  }

  @Test
  void missingSpec() {
    Path missing = dir.resolve("missing.yaml");
    assertOneLineExactly(
        run("validate", "--spec", missing.toString(), "x.har"),
        "conformance: " + missing + ": no such file");
  }

  @Test
  void truncatedHar() throws Exception {
    byte[] whole = Files.readAllBytes(Vendor.COMM100.recordings().resolve("getVisitor.har"));
    Path har = dir.resolve("truncated.har");
    Files.write(har, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    assertOneLine(
        run("validate", "--spec", COMM100, har.toString()),
        "conformance: " + har + ": not valid JSON: Unexpected end-of-input");
  }

  @Test
  void binaryGarbage() throws Exception {
    Path har = dir.resolve("garbage.har");
    Files.write(har, garbage(4096));
    assertOneLine(run("validate", "--spec", COMM100, har.toString()), "conformance: " + har + ": ");
  }

  @Test
  void jsonThatIsNotAHar() throws Exception {
    Path array = write("array.har", "[1, 2]");
    assertOneLineExactly(
        run("validate", "--spec", COMM100, array.toString()),
        "conformance: " + array + ": not a HAR file: the top level is not a JSON object");
    Path noEntries = write("empty.har", "{\"log\": {\"version\": \"1.2\"}}");
    assertOneLineExactly(
        run("validate", "--spec", COMM100, noEntries.toString()),
        "conformance: " + noEntries + ": not a HAR file: no log.entries array");
    Path noRequest = write("norequest.har", "{\"log\": {\"entries\": [{\"response\": {}}]}}");
    assertOneLineExactly(
        run("validate", "--spec", COMM100, noRequest.toString()),
        "conformance: "
            + noRequest
            + ": entry 0 is not a valid HAR entry: it has no request object");
  }

  @Test
  void nestingBeyondTheParserLimit() throws Exception {
    Path har =
        write("deep.har", "{\"log\":{\"entries\":[" + "[".repeat(5000) + "]".repeat(5000) + "]}}");
    assertOneLine(
        run("validate", "--spec", COMM100, har.toString()),
        "conformance: " + har + ": not valid JSON: Document nesting depth");
  }

  @Test
  void anUnreadableFileStopsEverythingBeforeAnyFinding() throws Exception {
    Path bad = write("cases.har", CASES);
    Path missing = dir.resolve("missing.har");
    Run run = run("validate", "--spec", COMM100, bad.toString(), missing.toString());
    assertOneLineExactly(run, "conformance: " + missing + ": no such file");
  }

  @Test
  void specWithARefCycle() throws Exception {
    Path spec =
        write(
            "cycle.yaml",
            """
            openapi: 3.0.3
            info: {title: cycle, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/A'}
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
            """);
    assertOneLineExactly(
        run("validate", "--spec", spec.toString(), "x.har"),
        "conformance: "
            + spec
            + ": $ref cycle: /components/schemas/A -> /components/schemas/B ->"
            + " /components/schemas/A");
  }

  @Test
  void recursiveSchemasAreFine() throws Exception {
    Path spec =
        write(
            "tree.yaml",
            """
            openapi: 3.0.3
            info: {title: tree, version: '1'}
            servers: [{url: 'https://api.example.com'}]
            paths:
              /tree:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Node'}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    name: {type: string}
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
            """);
    Path har =
        write(
            "tree.har",
            """
            {"log":{"entries":[{"request":{"method":"GET","url":"https://api.example.com/tree"},
             "response":{"status":200,"headers":[{"name":"Content-Type","value":"application/json"}],
             "content":{"mimeType":"application/json",
             "text":"{\\"name\\":\\"a\\",\\"children\\":[{\\"name\\":\\"b\\",\\"children\\":[{\\"name\\":7}]}]}"}}}]}}
            """);
    Run run = run("validate", "--spec", spec.toString(), har.toString());
    assertEquals(
        List.of(
            har
                + "#0 GET /tree -> 200: response body /children/0/children/0/name: integer"
                + " found, string expected"),
        run.outLines());
    assertEquals(1, run.status());
  }

  @Test
  void specThatIsNotUsable() throws Exception {
    Path binary = dir.resolve("binary.yaml");
    Files.write(binary, garbage(512));
    assertOneLine(
        run("validate", "--spec", binary.toString(), "x.har"), "conformance: " + binary + ": ");
    Path v31 = write("v31.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assertOneLineExactly(
        run("validate", "--spec", v31.toString(), "x.har"),
        "conformance: "
            + v31
            + ": OpenAPI 3.1.0 is not supported; the validator reads OpenAPI 3.0.x");
    Path notOpenApi = write("list.yaml", "- a\n- b\n");
    assertOneLineExactly(
        run("validate", "--spec", notOpenApi.toString(), "x.har"),
        "conformance: " + notOpenApi + ": not an OpenAPI document (not a YAML/JSON object)");
    Path dangling =
        write(
            "dangling.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
                + "      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n");
    assertOneLineExactly(
        run("validate", "--spec", dangling.toString(), "x.har"),
        "conformance: "
            + dangling
            + ": unresolvable $ref \"#/components/responses/Nope\" at /paths/~1x/get/responses/200");
  }

  // ---- usage

  @Test
  void usageErrors() {
    assertOneLineExactly(run(), "conformance: no command given" + USAGE);
    assertOneLineExactly(run("check"), "conformance: unknown command \"check\"" + USAGE);
    assertOneLineExactly(run("--verbose"), "conformance: Unknown option: '--verbose'" + USAGE);
    assertOneLineExactly(
        run("validate", "x.har"),
        "conformance: Missing required option: '--spec=<spec.yaml>'" + USAGE_VALIDATE);
    assertOneLineExactly(
        run("validate", "--spec", COMM100),
        "conformance: Missing required parameter: '<file.har>'" + USAGE_VALIDATE);
    assertOneLineExactly(
        run("validate", "--spec", COMM100, "--verbose", "x.har"),
        "conformance: Unknown option: '--verbose'" + USAGE_VALIDATE);
    assertOneLineExactly(
        run("validate", "--spec"),
        "conformance: Missing required parameter for option '--spec' (<spec.yaml>)"
            + USAGE_VALIDATE);
    assertOneLineExactly(
        run("validate", "--spec", COMM100, "--spec", COMM100, "x.har"),
        "conformance: option '--spec' (<spec.yaml>) should be specified only once"
            + USAGE_VALIDATE);
    assertOneLineExactly(
        run("validate", "--spec", COMM100, "--port", "1", "x.har"),
        "conformance: Unknown option: '--port'" + USAGE_VALIDATE);
    assertOneLineExactly(
        run("serve", "--spec", COMM100, "x.har"),
        "conformance: serve needs --port <port> (0 for any free port)" + USAGE_SERVE);
    assertOneLineExactly(
        run("serve", "--spec", COMM100, "--port", "0"),
        "conformance: serve needs HAR files with --spec (or neither, for the packaged"
            + " recordings)"
            + USAGE_SERVE);
    assertOneLineExactly(
        run("serve", "--port", "0", "x.har"),
        "conformance: serve needs --spec <spec.yaml> for its HAR files" + USAGE_SERVE);
    assertOneLineExactly(
        run("serve", "--spec", COMM100, "--port", "http", "x.har"),
        "conformance: Invalid value for option '--port': must be a number from 0 to"
            + " 65535, not \"http\""
            + USAGE_SERVE);
    assertOneLineExactly(
        run("serve", "--port", "65536"),
        "conformance: Invalid value for option '--port': must be a number from 0 to"
            + " 65535, not \"65536\""
            + USAGE_SERVE);
    assertOneLineExactly(
        run("serve", "--strict"), "conformance: Unknown option: '--strict'" + USAGE_SERVE);
    assertOneLineExactly(
        run("validate", "--spec", COMM100, "--server", "ftp://x", "x.har"),
        "conformance: --server not an absolute http(s) base URL without a query: ftp://x"
            + USAGE_VALIDATE);
  }

  @Test
  void help() {
    for (String[] args :
        List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"})) {
      Run run = run(args);
      assertEquals(0, run.status());
      assertTrue(
          run.out().startsWith("Usage: java -jar conformance.jar [-hV] [COMMAND]"), run.out());
      assertTrue(run.out().contains("\n  validate  "), run.out());
      assertTrue(run.out().contains("\n  serve     "), run.out());
      assertEquals("", run.err());
    }
  }

  @Test
  void subcommandHelp() {
    for (String[] args :
        List.of(new String[] {"validate", "--help"}, new String[] {"help", "validate"})) {
      Run run = run(args);
      assertEquals(0, run.status(), run.err());
      assertTrue(run.out().startsWith("Usage: java -jar conformance.jar validate "), run.out());
      for (String option : List.of("--spec", "--strict", "--json", "--junit", "--server")) {
        assertTrue(run.out().contains(option), option + " in " + run.out());
      }
      assertEquals("", run.err());
    }
    Run serve = run("serve", "--help");
    assertEquals(0, serve.status(), serve.err());
    assertTrue(serve.out().startsWith("Usage: java -jar conformance.jar serve "), serve.out());
    assertTrue(serve.out().contains("--port"), serve.out());
    assertTrue(serve.out().contains("--examples"), serve.out());
    assertTrue(serve.out().contains("ContactNow on --port, Comm100 on"), serve.out());
    assertEquals("", serve.err());
  }

  @Test
  void version() throws Exception {
    String expected = "conformance " + projectVersion();
    for (String[] args :
        List.of(
            new String[] {"--version"},
            new String[] {"-V"},
            new String[] {"validate", "--version"},
            new String[] {"serve", "--version"})) {
      Run run = run(args);
      assertEquals(0, run.status(), run.err());
      assertEquals(List.of(expected), run.outLines());
      assertEquals("", run.err());
    }
  }

  /** The version of this build, as the module's pom names it through its parent. */
  private static String projectVersion() throws Exception {
    org.w3c.dom.Document pom =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile());
    org.w3c.dom.Element parent = (org.w3c.dom.Element) pom.getElementsByTagName("parent").item(0);
    return parent.getElementsByTagName("version").item(0).getTextContent();
  }

  // ---- another vendor's traffic

  @Test
  void aHarOfAnotherVendorIsNamed() {
    Path har = Vendor.CONTACTNOW.recordings().resolve("readOutcomeCodes.har");
    int entries = Vendor.entries(har).size();
    assertOneLineExactly(
        run("validate", "--spec", COMM100, har.toString()),
        "conformance: "
            + har
            + ": this HAR looks like ContactNow traffic, not Comm100 ("
            + entries
            + " of "
            + entries
            + (entries == 1 ? " entry matches" : " entries match")
            + " the ContactNow spec's operations, none the operations of "
            + COMM100
            + ")");
    Path comm100 = Vendor.COMM100.recordings().resolve("listVisitors.har");
    Run sp = run("validate", "--spec", Vendor.SERVICEPATTERN.spec().toString(), comm100.toString());
    assertOneLine(
        sp,
        "conformance: " + comm100 + ": this HAR looks like Comm100 traffic, not ServicePattern (");
    // serve says so before it takes the port
    Run serve = run("serve", "--spec", COMM100, "--port", "0", har.toString());
    assertOneLine(serve, "conformance: this HAR looks like ContactNow traffic, not Comm100 (");
  }

  // ---- JUnit XML

  @Test
  void junitReportHasOneTestcasePerEntryAndTheViolationsAsFailures() throws Exception {
    Path cases = write("cases.har", CASES);
    Path good = Vendor.COMM100.recordings().resolve("listVisitors.har");
    Path report = dir.resolve("report.xml");
    Run text = run("validate", "--spec", COMM100, cases.toString(), good.toString());
    Run run =
        run(
            "validate",
            "--spec",
            COMM100,
            "--junit",
            report.toString(),
            cases.toString(),
            good.toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(text.out(), run.out(), "the text report is unchanged");
    int goodEntries = Vendor.entries(good).size();

    org.w3c.dom.Document doc =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(report.toFile());
    org.w3c.dom.Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals(String.valueOf(6 + goodEntries), root.getAttribute("tests"));
    assertEquals("6", root.getAttribute("failures"));
    org.w3c.dom.NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(2, suites.getLength());
    org.w3c.dom.Element first = (org.w3c.dom.Element) suites.item(0);
    assertEquals(cases.toString(), first.getAttribute("name"));
    assertEquals("6", first.getAttribute("tests"));
    assertEquals("6", first.getAttribute("failures"));
    org.w3c.dom.NodeList testcases = first.getElementsByTagName("testcase");
    assertEquals(6, testcases.getLength());
    assertEquals(
        "#0 GET /api/v3/livechat/visitors/not-a-uuid -> 200",
        ((org.w3c.dom.Element) testcases.item(0)).getAttribute("name"));
    assertEquals(
        cases.toString(), ((org.w3c.dom.Element) testcases.item(0)).getAttribute("classname"));
    // Every violation line of the text report is in a failure, in order.
    List<String> failureLines = new ArrayList<>();
    org.w3c.dom.NodeList failures = root.getElementsByTagName("failure");
    assertEquals(6, failures.getLength());
    for (int i = 0; i < failures.getLength(); i++) {
      failureLines.addAll(List.of(failures.item(i).getTextContent().strip().split("\n")));
    }
    assertEquals(text.outLines(), failureLines);
    org.w3c.dom.Element entry3 = (org.w3c.dom.Element) testcases.item(3);
    assertEquals(1, entry3.getElementsByTagName("failure").getLength());
    // Entry 5 has two violations and one warning.
    org.w3c.dom.Element entry5 = (org.w3c.dom.Element) testcases.item(5);
    assertTrue(
        ((org.w3c.dom.Element) entry5.getElementsByTagName("failure").item(0))
            .getAttribute("message")
            .startsWith("2 violations, the first: request credentials: "),
        entry5.getTextContent());
    assertTrue(
        entry5
            .getElementsByTagName("system-err")
            .item(0)
            .getTextContent()
            .contains("request query \"color\": warning: parameter is not in the spec"));
    org.w3c.dom.Element second = (org.w3c.dom.Element) suites.item(1);
    assertEquals(String.valueOf(goodEntries), second.getAttribute("tests"));
    assertEquals("0", second.getAttribute("failures"));
    assertEquals(0, second.getElementsByTagName("failure").getLength());

    // With --json as well, the same report.
    Path again = dir.resolve("again.xml");
    run(
        "validate",
        "--json",
        "--spec",
        COMM100,
        "--junit",
        again.toString(),
        cases.toString(),
        good.toString());
    assertEquals(Files.readString(report), Files.readString(again));
  }

  @Test
  void serveCannotStart() throws Exception {
    Path missing = dir.resolve("missing.har");
    assertOneLineExactly(
        run("serve", "--spec", COMM100, "--port", "0", missing.toString()),
        "conformance: " + missing + ": no such file");
    try (ServerSocket taken = occupy()) {
      int port = taken.getLocalPort();
      String har = Vendor.COMM100.recordings().resolve("getVisitor.har").toString();
      assertOneLine(
          run("serve", "--spec", COMM100, "--port", String.valueOf(port), har),
          "conformance: cannot listen on 127.0.0.1:" + port + ": ");
    }
  }

  /** {@code serve --examples}: what no recording answers, the spec's examples do, and say so. */
  @Test
  void serveExamplesAnswersFromTheSpec() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String har = Vendor.COMM100.recordings().resolve("createCustomAwayStatus.har").toString();
    Thread serve =
        new Thread(
            () ->
                Conformance.run(
                    new String[] {"serve", "--examples", "--spec", COMM100, "--port", "0", har},
                    out,
                    out));
    serve.setDaemon(true);
    serve.start();
    try {
      Pattern listening = Pattern.compile(".* on (http://127\\.0\\.0\\.1:\\d+) \\(Ctrl-C stops\\)");
      Matcher m = listening.matcher("");
      for (long deadline = System.nanoTime() + 60_000_000_000L; !m.find(); Thread.sleep(10)) {
        assertTrue(serve.isAlive() && System.nanoTime() < deadline, bytes.toString());
        m = listening.matcher(bytes.toString(StandardCharsets.UTF_8));
      }
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(m.group(1) + "/api/v3/livechat/customAwayStatus"))
                      .header("Authorization", "Bearer any-token")
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Dinner\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(201, response.statusCode(), response.body());
      assertEquals("example", response.headers().firstValue("X-Ccsdk-Source").orElse(null));
      assertTrue(
          bytes
              .toString(StandardCharsets.UTF_8)
              .contains(
                  "POST /api/v3/livechat/customAwayStatus -> 201 (example"
                      + " /paths/~1api~1v3~1livechat~1customAwayStatus/post/responses/201/content"
                      + "/application~1json/example)"),
          bytes.toString(StandardCharsets.UTF_8));
    } finally {
      serve.interrupt();
      serve.join(60_000);
    }
  }

  /** Six exchanges with known problems (see printsOneLinePerViolationAndExitsOne). */
  private static final String CASES =
      """
      {"log":{"version":"1.2","entries":[
      {"request":{"method":"GET","url":"https://api1.comm100.io/api/v3/livechat/visitors/not-a-uuid",
       "headers":[{"name":"Authorization","value":"Bearer REDACTED"}]},
       "response":{"status":200,"headers":[{"name":"Content-Type","value":"application/json"}],
       "content":{"mimeType":"application/json",
       "text":"{\\"id\\":\\"7273e957-02cb-4c03-a84c-44283fcfd47d\\",\\"visits\\":\\"4\\"}"}}},
      {"request":{"method":"GET","url":"https://api1.comm100.io/api/v3/livechat/visitors",
       "headers":[{"name":"Authorization","value":"Bearer REDACTED"}]},
       "response":{"status":418,"headers":[],"content":{"size":0,"mimeType":""}}},
      {"request":{"method":"GET","url":"https://api1.comm100.io/api/v3/nothing"},
       "response":{"status":200,"content":{"size":0,"mimeType":""}}},
      {"request":{"method":"GET","url":"https://www.example.com/api/v3/livechat/visitors"},
       "response":{"status":200,"content":{"size":0,"mimeType":""}}},
      {"request":{"method":"DELETE","url":"https://api1.comm100.io/api/v3/livechat/visitors"},
       "response":{"status":204,"content":{"size":0,"mimeType":""}}},
      {"request":{"method":"GET",
       "url":"https://api1.comm100.io/api/v3/livechat/visitors?status=chatting&color=blue"},
       "response":{"status":200,"headers":[{"name":"Content-Type","value":"text/html"}],
       "content":{"mimeType":"text/html","text":"<html></html>"}}}
      ]}}
      """;

  // ---- helpers

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  static void assertOneLineExactly(Run run, String line) {
    assertOneLine(run, line);
    assertEquals(line, run.err().strip());
  }

  static void assertOneLine(Run run, String expectedStart) {
    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out(), "nothing on stdout");
    assertEquals(1, run.errLines().size(), "one line on stderr: " + run.err());
    assertTrue(
        run.err().startsWith(expectedStart),
        "stderr: " + run.err() + " expected: " + expectedStart);
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  static JsonNode json(String text) throws Exception {
    return JsonMapper.builder().build().readTree(text);
  }

  static byte[] garbage(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  static ServerSocket occupy() throws Exception {
    return new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
  }
}
