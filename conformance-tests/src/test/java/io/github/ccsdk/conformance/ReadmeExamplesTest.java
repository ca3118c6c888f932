package io.github.ccsdk.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.comm100.Comm100Exception;
import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.contactnow.WriteResult;
import io.github.ccsdk.contactnow.model.ContactRecord;
import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.servicepattern.Chat;
import io.github.ccsdk.servicepattern.ChatEventStream;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import io.github.ccsdk.servicepattern.model.ChatEvent;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import io.github.ccsdk.servicepattern.model.ChatSessionFileEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionMessageEvent;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main example of each SDK, run as written against {@code serve} with no arguments
 * (started in-process, on free ports): only the client's URLs point at the mock, as the README's
 * "run it" section shows. Every request must be answered from the packaged recordings, none with
 * the 501.
 */
class ReadmeExamplesTest {
  private static final Pattern LISTENING =
      Pattern.compile("conformance: (\\w+) on (http://127\\.0\\.0\\.1:\\d+) .*");

  private static final ByteArrayOutputStream SERVE_OUT = new ByteArrayOutputStream();
  private static final Map<String, String> URLS = new TreeMap<>();
  private static Thread serve;

  @TempDir Path dir;

  /** What an example printed, line by line. */
  private final List<String> printed = new ArrayList<>();

  @BeforeAll
  static void serveWithNoArguments() throws Exception {
    PrintStream out = new PrintStream(SERVE_OUT, true, StandardCharsets.UTF_8);
    serve =
        new Thread(() -> Conformance.run(new String[] {"serve", "--port", "0"}, out, out), "serve");
    serve.setDaemon(true);
    serve.start();
    long deadline = System.nanoTime() + 60_000_000_000L; // a guard against a hung build
    while (!serveOut().contains("replaying the packaged recordings")) {
      assertTrue(serve.isAlive() && System.nanoTime() < deadline, "serve: " + serveOut());
      Thread.sleep(10);
    }
    for (String line : serveOut().split("\n")) {
      Matcher m = LISTENING.matcher(line);
      if (m.matches()) {
        URLS.put(m.group(1), m.group(2));
      }
    }
    assertEquals(3, URLS.size(), serveOut());
  }

  @AfterAll
  static void stop() throws Exception {
    serve.interrupt(); // serve closes its servers and returns
    serve.join(60_000);
  }

  @Test
  void comm100() {
    String mock = URLS.get("Comm100");
    Comm100Client comm100 =
        Comm100Client.builder()
            .baseUrl(mock) // the README: .platform(1)
            .tokenUrl(mock)
            .oauth("agent@example.com", "any-password")
            .build();
    try {
      for (Visitor visitor : comm100.visitors().listChattingVisitors()) {
        printed.add(visitor.name().orElse("(anonymous)") + " is chatting");
      }
      Response<CustomAwayStatus> created =
          comm100
              .customAwayStatuses()
              .withRawResponse()
              .createCustomAwayStatus(CustomAwayStatus.builder().name("Lunch").build());
      printed.add("created " + created.location().orElseThrow());
    } catch (Comm100Exception.Unauthorized e) {
      printed.add("check the email and password: " + e.getMessage());
    }
    assertEquals(
        List.of(
            "218.76.52.108 is chatting",
            "created https://api1.comm100.io/api/v3/livechat/customAwayStatus/"
                + "5b1e7c0a-3f4d-4e2a-9c6b-8d7e6f5a4b3c"),
        printed);
    assertAllAnswered("Comm100", 3);
  }

  @Test
  void servicePattern() throws Exception {
    Path photo = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path attachment = dir.resolve("attachment.bin");
    ServicePatternClient sp =
        ServicePatternClient.builder()
            .baseUrl(URLS.get("ServicePattern") + "/clientweb/api/v2") // the README: .host(...)
            .tenantUrl("yourcompany.brightpattern.com")
            .appId("any-app-id")
            .build();
    Chat chat = sp.chats().start(ChatRequest.builder().from("15551234567").build());
    chat.sendMessage("Hello!");
    chat.sendFile(Upload.of(photo));
    try (ChatEventStream events = chat.events()) {
      for (ChatEvent event : events) { // ends with chat_session_ended
        if (event instanceof ChatSessionMessageEvent message) {
          printed.add("agent: " + message.msg());
        } else if (event instanceof ChatSessionFileEvent file) {
          try (Download download = chat.file(file.fileId());
              InputStream in = download.stream()) {
            Files.copy(in, attachment, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    assertEquals(List.of("agent: Hi, how can I help you?"), printed);
    assertArrayEquals(
        "recorded file bytes".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(attachment));
    assertAllAnswered("ServicePattern", 7);
  }

  @Test
  void contactNow() {
    ContactNowClient contactNow =
        ContactNowClient.builder()
            .baseUrl(URLS.get("ContactNow")) // the README: ContactNowClient.EU
            .credentials("api-user", "any-password")
            .build();
    Page<OutcomeCode> codes = contactNow.outcomeCodes().list();
    for (OutcomeCode code : codes.items()) {
      printed.add(code.outcome().orElse("?") + " " + code.description().orElse(""));
    }
    Page<ContactRecord> leads = contactNow.records().list(p -> p.table("Leads").dataset(351));
    printed.add(leads.total() + " records in dataset 351");
    WriteResult lead =
        contactNow
            .records()
            .create(
                List.of(ContactRecordInput.builder().dataset(351).homePhone("01234567890").build()))
            .requireComplete();
    printed.add("record " + lead.key().orElseThrow() + ": " + lead.info().orElse(""));
    assertEquals(
        List.of(
            "510456 Sales Completed",
            "501638 Need more information",
            "1 records in dataset 351",
            "record 2499266: Record NOT live on the dialer."),
        printed);
    assertAllAnswered("ContactNow", 4);
  }

  /** The vendor's server logged {@code requests} answers (at least), none of them a 501. */
  private static void assertAllAnswered(String vendor, int requests) {
    List<String> lines = serveOut().lines().filter(l -> l.startsWith(vendor + ": ")).toList();
    assertFalse(lines.stream().anyMatch(l -> l.contains("-> 501")), String.join("\n", lines));
    assertTrue(lines.size() >= requests, String.join("\n", lines));
  }

  private static String serveOut() {
    synchronized (SERVE_OUT) {
      return SERVE_OUT.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
  }
}
