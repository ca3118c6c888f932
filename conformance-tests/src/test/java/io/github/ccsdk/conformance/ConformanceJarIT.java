package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI as users run it: {@code java -jar conformance-tests/target/conformance.jar}, in
 * a process of its own (so also: the jar's manifest, its shaded dependencies, and that nothing but
 * our own lines reaches stdout and stderr).
 */
class ConformanceJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("conformance.jar", "target/conformance.jar"));
  private static final Pattern LISTENING =
      Pattern.compile(
          "conformance: replaying (\\d+) recorded exchanges from \\d+ files on (http://127\\.0\\.0\\.1:\\d+) \\(Ctrl-C stops\\)");

  @TempDir Path dir;

  record Result(int status, List<String> out, List<String> err) {}

  @Test
  void validateExitsZeroWhenEverythingConforms() throws Exception {
    List<String> args =
        new ArrayList<>(List.of("validate", "--spec", Vendor.CONTACTNOW.spec().toString()));
    Vendor.CONTACTNOW.hars().forEach(h -> args.add(h.toString()));
    Result r = java(args);
    assertEquals(0, r.status(), String.join("\n", r.err()));
    assertEquals(List.of(), r.out());
    // Warnings (custom campaign fields the spec cannot list), then the summary; no logging noise.
    String summary = r.err().get(r.err().size() - 1);
    assertTrue(
        summary.startsWith("conformance: " + Vendor.CONTACTNOW.hars().size() + " files, "),
        summary);
    for (String line : r.err().subList(0, r.err().size() - 1)) {
      assertTrue(line.contains(": warning: "), line);
    }
  }

  @Test
  void unreadableInputExitsTwoWithOneLine() throws Exception {
    Path garbage = dir.resolve("garbage.har");
    Files.write(garbage, CliTest.garbage(2048));
    Result r =
        java(List.of("validate", "--spec", Vendor.COMM100.spec().toString(), garbage.toString()));
    assertEquals(2, r.status());
    assertEquals(List.of(), r.out());
    assertEquals(1, r.err().size(), String.join("\n", r.err()));
    assertTrue(
        r.err().get(0).startsWith("conformance: " + garbage + ": not valid JSON: "),
        r.err().get(0));
  }

  /** The README's replay example: serve the ContactNow recordings, point the SDK at them. */
  @Test
  void serveReplaysForTheSdk() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-jar",
                JAR.toString(),
                "serve",
                "--spec",
                Vendor.CONTACTNOW.spec().toString(),
                "--port",
                "0"));
    Vendor.CONTACTNOW.successHars().forEach(h -> command.add(h.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      Matcher m = LISTENING.matcher(String.valueOf(first));
      assertTrue(m.matches(), "first line: " + first);
      String url = m.group(2);

      ContactNowClient contactNow =
          ContactNowClient.builder().baseUrl(url).token(() -> "any-token").build();
      Page<OutcomeCode> codes = contactNow.outcomeCodes().list();
      assertEquals(2, codes.items().size(), "the README says: 2 outcome codes");
      assertEquals(
          "GET /database.php -> 200 ("
              + Vendor.CONTACTNOW.recordings().resolve("readOutcomeCodes.har")
              + "#0)",
          out.readLine());

      HttpResponse<String> missing =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/nothing.php")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(501, missing.statusCode());
      assertTrue(
          missing.body().contains("no recorded exchange matches this request"), missing.body());
      assertEquals("GET /nothing.php -> 501 no recorded exchange matches", out.readLine());
    } finally {
      process.destroy();
      // A guard against a hung build, not a timing assertion.
      process.waitFor(60, TimeUnit.SECONDS);
    }
  }

  /**
   * {@code serve} with no arguments: the specs and recordings packaged in the jar, ContactNow on
   * the first port, Comm100 on the next, ServicePattern on the third; each SDK needs only its base
   * URL changed.
   */
  @Test
  void serveWithNoArgumentsReplaysThePackagedRecordings() throws Exception {
    Process process =
        new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--port", "0")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      Pattern vendorLine =
          Pattern.compile(
              "conformance: (\\w+) on (http://127\\.0\\.0\\.1:\\d+) \\((\\d+) recorded exchanges,"
                  + " packaged \\w+ spec\\)");
      Map<String, String> urls = new LinkedHashMap<>();
      for (int i = 0; i < 3; i++) {
        String line = out.readLine();
        Matcher m = vendorLine.matcher(String.valueOf(line));
        assertTrue(m.matches(), "line " + i + ": " + line);
        assertTrue(Integer.parseInt(m.group(3)) > 0, line);
        urls.put(m.group(1), m.group(2));
      }
      assertEquals(List.of("ContactNow", "Comm100", "ServicePattern"), List.copyOf(urls.keySet()));
      assertEquals("conformance: replaying the packaged recordings (Ctrl-C stops)", out.readLine());

      // The README's replay example, with the packaged recordings.
      ContactNowClient contactNow =
          ContactNowClient.builder()
              .baseUrl(urls.get("ContactNow"))
              .token(() -> "any-token")
              .build();
      assertEquals(2, contactNow.outcomeCodes().list().items().size());
      assertTrue(out.readLine().startsWith("ContactNow: GET /database.php -> 200 ("));

      // The README's Comm100 example: chatting visitors and its "Lunch" status are recorded
      // (readme/quickstart.har); another status is not, and the exception says what differs.
      Comm100Client comm100 =
          Comm100Client.builder()
              .baseUrl(urls.get("Comm100"))
              .accessToken(() -> "any-token")
              .retryPolicy(RetryPolicy.none())
              .build();
      assertFalse(comm100.visitors().listChattingVisitors().isEmpty());
      assertTrue(
          out.readLine().startsWith("Comm100: GET /api/v3/livechat/visitors/chatting -> 200"));
      assertEquals(
          201,
          comm100
              .customAwayStatuses()
              .withRawResponse()
              .createCustomAwayStatus(CustomAwayStatus.builder().name("Lunch").build())
              .status());
      ApiException dinner =
          assertThrows(
              ApiException.class,
              () ->
                  comm100
                      .customAwayStatuses()
                      .createCustomAwayStatus(CustomAwayStatus.builder().name("Dinner").build()));
      assertEquals(501, dinner.status());
      assertTrue(
          dinner.getMessage().contains("(createCustomAwayStatus): body differs at /name"),
          dinner.getMessage());

      ServicePatternClient sp =
          ServicePatternClient.builder()
              .baseUrl(urls.get("ServicePattern") + "/clientweb/api/v1")
              .tenantUrl("yourcompany.brightpattern.com")
              .appId("any-app")
              .retryPolicy(RetryPolicy.none())
              .build();
      assertTrue(sp.scenarioEntries().checkAvailability() != null);
    } finally {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private Result java(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
    command.addAll(args);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int status = process.waitFor();
    return new Result(status, Files.readAllLines(out), Files.readAllLines(err));
  }
}
