package io.github.ccsdk.contactnow;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.contactnow.api.ReportingService;
import io.github.ccsdk.contactnow.model.CdrEntry;
import io.github.ccsdk.contactnow.model.ContactRecord;
import io.github.ccsdk.contactnow.model.ContactRecordInput;
import io.github.ccsdk.contactnow.model.DatasetInput;
import io.github.ccsdk.contactnow.model.OutcomeCode;
import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.LogLevel;
import io.github.ccsdk.core.Page;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.testing.LogCapture;
import io.github.ccsdk.core.testing.WireServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Envelopes unwrapped: failures thrown, reads and writes typed, record values typed. */
class ContactNowEnvelopeTest {
  private WireServer server;
  private ContactNowClient contactNow;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start();
    contactNow = ContactNowClient.builder().baseUrl(server.url()).token(() -> "test-token").build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static final String RECORD =
      "{\"id\":\"2499265\",\"URN\":\"2428765\",\"datasetid\":\"351\",\"FirstName\":\"Ann\","
          + "\"HomePhone\":\"01234567890\",\"AgentRef\":\"0\",\"Agent_Specific\":\"1\","
          + "\"Call_Back_Sametime\":\"0\",\"callback\":\"0000-00-00 00:00:00\","
          + "\"ProcessDate\":\"2017-06-07 15:09:48\",\"outcomecode\":\"109\","
          + "\"loaddate\":\"2017-06-01\",\"PolicyNumber\":\"P-77\"}";

  @Test
  void successFalseIsABadRequestWithTheVendorText() {
    server.answer(json(200, "{\"success\":false,\"error\":\"No such table [Leads]\"}"));

    ContactNowException.BadRequest e =
        assertThrows(
            ContactNowException.BadRequest.class,
            () -> contactNow.campaignFields().list(p -> p.table("Leads")));

    assertEquals(ApiException.Kind.BAD_REQUEST, e.kind());
    assertEquals(200, e.status(), "the status the server really sent");
    assertEquals("No such table [Leads]", e.details().vendorMessage().orElseThrow());
    assertTrue(e.details().problem().orElseThrow().contains("success: false"));
    assertTrue(e.getMessage().contains("No such table [Leads]"), e.getMessage());
    assertTrue(e.details().url().contains("token=REDACTED"), e.details().url());
    assertFalse(e.getMessage().contains("test-token"), e.getMessage());
  }

  @Test
  void aSuccessFalseAnswerIsLoggedWithItsBodyAndTheFailure() {
    server.answer(json(200, "{\"success\":false,\"error\":\"No such table [Leads]\"}"));
    ContactNowClient full =
        ContactNowClient.builder()
            .baseUrl(server.url())
            .token(() -> "test-token")
            .logLevel(LogLevel.FULL)
            .build();

    try (LogCapture log = LogCapture.start("TRACE")) {
      assertThrows(
          ContactNowException.BadRequest.class,
          () -> full.campaignFields().list(p -> p.table("Leads")));
      String all = String.join("\n", log.lines());
      assertEquals(1, log.linesWith("---> GET ").size(), all);
      assertEquals(1, log.linesWith("<--- 200 ").size(), all);
      assertEquals(1, log.linesWith("No such table [Leads]\"}").size(), "the body: " + all);
      assertEquals(1, log.linesWith("call failed: ").size(), all);
      assertTrue(log.linesWith("call failed: ").get(0).contains("No such table [Leads]"), all);
      assertTrue(all.contains("token=REDACTED"), all);
      assertFalse(all.contains("test-token"), all);
    }
  }

  @Test
  void phpStyleFalseIsAFailureToo() {
    server.answer(json(200, "{\"success\":0,\"error\":\"Unknown token\"}"));
    assertThrows(ContactNowException.Unauthorized.class, () -> contactNow.outcomeCodes().list());
  }

  @Test
  void aDownloadIsNeverMistakenForAnEnvelope() throws Exception {
    byte[] audio = "RIFF....WAVEfmt {\"success\":false}".getBytes(StandardCharsets.ISO_8859_1);
    server.answer(WireServer.respond(200, "audio/wav", audio));
    try (Download recording = contactNow.recordings().download(p -> p.callId(707228882L));
        InputStream in = recording.stream()) {
      assertEquals(
          new String(audio, StandardCharsets.ISO_8859_1),
          new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void readsUnwrapToTotalAndTypedRows() {
    server.answer(
        json(
            200,
            "{\"success\":true,\"total\":\"2\",\"list\":[{\"outcome\":\"510456\"},"
                + "{\"outcome\":\"109\"}]}"));

    Page<OutcomeCode> codes = contactNow.outcomeCodes().list();

    assertEquals(2, codes.total(), "a total sent as a string");
    assertEquals(
        List.of("510456", "109"),
        codes.items().stream().map(c -> c.outcome().orElseThrow()).toList());
    WireServer.Recorded request = server.takeOnly();
    assertEquals("GET", request.method());
    assertEquals("/database.php", request.rawPath());
    assertEquals(
        "method=outcomecodes&action=read&format=json&token=test-token", request.rawQuery());
  }

  @Test
  void aTotalSentAsAStringCountsEvenBeyondThePage() {
    server.answer(
        json(200, "{\"success\":true,\"total\":\" 40 \",\"list\":[{\"outcome\":\"109\"}]}"));
    Page<OutcomeCode> codes = contactNow.outcomeCodes().list();
    assertEquals(40, codes.total(), "the server's count, not the page's size");
    assertEquals(1, codes.items().size());
  }

  @Test
  void anUnreadableTotalCountsTheRows() {
    server.answer(
        json(200, "{\"success\":true,\"total\":\"many\",\"list\":[{\"outcome\":\"109\"}]}"));
    assertEquals(1, contactNow.outcomeCodes().list().total());
  }

  @Test
  void onlyReadEnvelopesUnwrap() {
    server.answer(json(200, "\"text\""));
    ContactNowException e =
        assertThrows(ContactNowException.class, () -> contactNow.outcomeCodes().list());
    assertEquals(ApiException.Kind.UNEXPECTED_RESPONSE, e.kind(), e.toString());
  }

  @Test
  void anEmptyReadHasNoRows() {
    server.answer(json(200, "{\"success\":true,\"total\":0}"));
    Page<OutcomeCode> codes = contactNow.outcomeCodes().list();
    assertEquals(0, codes.total());
    assertEquals(List.of(), codes.items());
  }

  @Test
  void aSingleRecordIsPostedAsAJsonArrayWithRaw() throws Exception {
    server.answer(
        json(
            200,
            "{\"success\":true,\"account_id\":\"10278\",\"total\":1,\"bad\":0,\"key\":2499265,"
                + "\"info\":\"Record NOT live on the dialer.\"}"));

    WriteResult written =
        contactNow
            .records()
            .create(
                List.of(
                    ContactRecordInput.builder()
                        .dataset(351)
                        .firstName("Ann")
                        .homePhone("01234567890")
                        .build()))
            .requireComplete();

    WireServer.Recorded request = server.takeOnly();
    assertEquals("POST", request.method());
    assertEquals("/ecnow.php", request.rawPath());
    assertEquals(
        "method=ecnow_records&action=create&raw=1&format=json&token=test-token",
        request.rawQuery());
    assertTrue(request.header("Content-Type").startsWith("application/json"));
    assertEquals(
        Json.mapper()
            .readTree("[{\"dataset\":351,\"FirstName\":\"Ann\",\"HomePhone\":\"01234567890\"}]"),
        Json.mapper().readTree(request.body()),
        "one record, as a JSON array");
    assertTrue(written.isComplete());
    assertEquals(1, written.total());
    assertEquals(0, written.bad());
    assertEquals(OptionalLong.of(2499265), written.key());
    assertEquals(Optional.of("Record NOT live on the dialer."), written.info());
    assertEquals(Optional.of("10278"), written.accountId());
  }

  @Test
  void aRefusedUpdateIsNotCompleteAndRequireCompleteThrowsTheVendorText() {
    server.answer(
        json(
            200,
            "{\"success\":1,\"total\":0,\"bad\":1,\"error\":\"Record id [2499265] does not"
                + " exist.\"}"));

    ContactNowException.BadRequest e =
        assertThrows(
            ContactNowException.BadRequest.class,
            () ->
                contactNow
                    .records()
                    .update(
                        List.of(
                            ContactRecordInput.builder()
                                .id(2499265L)
                                .dataset(351)
                                .outcomecode(510456)
                                .build()))
                    .requireComplete());

    assertEquals("Record id [2499265] does not exist.", e.details().vendorMessage().orElseThrow());
    assertEquals(
        "Record id [2499265] does not exist.",
        e.error().orElseThrow().error(),
        "the envelope is the typed error body");
    assertTrue(e.getMessage().contains("1 of 1 items refused"), e.getMessage());
  }

  @Test
  void aPartlyRefusedBatchIsVisibleInTheResult() {
    server.answer(
        json(
            200,
            "{\"success\":true,\"total\":\"1\",\"bad\":\"1\",\"error\":\"Record id [9] does not"
                + " exist.\"}"));

    WriteResult written =
        contactNow
            .records()
            .update(
                List.of(
                    ContactRecordInput.builder().id(1L).dataset(351).build(),
                    ContactRecordInput.builder().id(9L).dataset(351).build()));

    assertFalse(written.isComplete(), "one record was refused");
    assertEquals(1, written.total());
    assertEquals(1, written.bad());
    assertEquals(Optional.of("Record id [9] does not exist."), written.error());
    assertTrue(written.toString().contains("bad=1"), written.toString());
    ContactNowException.BadRequest e =
        assertThrows(ContactNowException.BadRequest.class, written::requireComplete);
    assertTrue(e.getMessage().contains("1 of 2 items refused"), e.getMessage());
  }

  @Test
  void aDatasetWriteIsWrappedToo() {
    server.answer(json(200, "{\"success\":true,\"total\":1,\"bad\":0,\"key\":352}"));
    WriteResult written =
        contactNow.datasets().create(List.of(DatasetInput.builder().qid(75674454).build()));
    assertEquals("[{\"qid\":75674454}]", server.takeOnly().bodyText(), "one dataset, as an array");
    assertEquals(OptionalLong.of(352), written.key());
  }

  @Test
  void recordValuesAreTyped() {
    server.answer(json(200, "{\"success\":true,\"total\":1,\"list\":[" + RECORD + "]}"));

    Page<ContactRecord> records = contactNow.records().list(p -> p.table("Leads"));
    RecordFields fields = RecordFields.of(records.items().get(0));

    assertEquals(OptionalLong.of(2499265), fields.id());
    assertEquals(OptionalLong.of(2428765), fields.urn());
    assertEquals(OptionalLong.of(351), fields.datasetId());
    assertEquals(OptionalLong.of(109), fields.outcomeCode());
    assertEquals(OptionalLong.empty(), fields.agentRef(), "AgentRef 0 means no agent");
    assertTrue(fields.agentSpecific());
    assertFalse(fields.callBackSametime());
    assertEquals(Optional.empty(), fields.callback(), "the zero date means no date");
    assertEquals(Optional.of(LocalDateTime.of(2017, 6, 7, 15, 9, 48)), fields.processDate());
    assertEquals(Optional.of(LocalDate.of(2017, 6, 1)), fields.loadDate());
    assertEquals(Optional.of("01234567890"), fields.text("HomePhone"));
    assertEquals(Optional.of("P-77"), fields.text("PolicyNumber"), "a custom column");
    assertEquals(Optional.empty(), fields.text("NoSuchColumn"));
    assertThrows(NumberFormatException.class, () -> fields.number("FirstName"));
    assertThrows(DateTimeParseException.class, () -> fields.dateTime("FirstName"));
    assertFalse(fields.toString().contains("Ann"), "no personal data in toString");
  }

  @Test
  void timesArePassedAsInstantsAndSentAsTheWireWants() {
    server.answer(json(200, "{\"success\":true,\"total\":0,\"list\":[]}"));
    contactNow
        .reporting()
        .cdr(
            p ->
                p.fields("callid,urn")
                    .range(
                        Instant.parse("2017-07-26T14:49:35Z"),
                        Instant.parse("2017-07-26T15:49:35.900Z")));
    assertTrue(
        server.takeOnly().rawQuery().contains("range=1501080575%3A1501084175"),
        "range as <start>:<stop> in Unix seconds: " + server.requests());

    server.answer(json(200, "{\"success\":true,\"total\":0,\"list\":[]}"));
    contactNow.agents().statusLog(p -> p.startTime(Instant.parse("2017-11-14T00:00:00.750Z")));
    assertTrue(
        server.takeOnly().rawQuery().contains("tstart=1510617600"),
        "an Instant sent as whole Unix seconds");

    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReportingService.CdrParams.builder()
                .range(Instant.ofEpochSecond(10), Instant.ofEpochSecond(9)));
  }

  @Test
  void theContactCentreIsSentAsCampaignOnEveryCall() throws Exception {
    ContactNowClient reseller =
        ContactNowClient.builder()
            .baseUrl(server.url())
            .token(() -> "test-token")
            .contactCentre(4711)
            .build();
    server.answer(json(200, "{\"success\":true,\"total\":0,\"list\":[]}"));
    reseller.records().list(p -> p.table("Leads"));
    assertEquals(
        "method=ecnow_records&action=read&table=Leads&format=json&campaign=4711&token=test-token",
        server.takeOnly().rawQuery());

    server.answer(json(200, "{\"success\":true,\"total\":1,\"bad\":0}"));
    reseller.datasets().create(List.of(DatasetInput.builder().qid(75674454).build()));
    assertTrue(server.takeOnly().rawQuery().contains("&campaign=4711&"), "on a write too");

    server.answer(json(200, "{\"success\":true,\"total\":0,\"list\":[]}"));
    contactNow.outcomeCodes().list();
    assertFalse(server.takeOnly().rawQuery().contains("campaign"), "unset: not sent");
    assertThrows(IllegalArgumentException.class, () -> ContactNowClient.builder().contactCentre(0));
  }

  @Test
  void autoPagerReadsEveryPageOnceAndStopsAtAShortPage() throws Exception {
    try (WireServer pages =
        WireServer.start(
            json(200, "{\"success\":true,\"total\":5,\"list\":[{\"callid\":1},{\"callid\":2}]}"),
            json(200, "{\"success\":true,\"total\":5,\"list\":[{\"callid\":3},{\"callid\":4}]}"),
            json(200, "{\"success\":true,\"total\":5,\"list\":[{\"callid\":5}]}"))) {
      ContactNowClient client =
          ContactNowClient.builder().baseUrl(pages.url()).token(() -> "t").build();

      Page<?> first = client.reporting().cdr(p -> p.fields("callid").range("1:2").limit(2));
      assertEquals(1, pages.requests().size(), "the first page only, until the pager needs more");
      List<String> calls = new java.util.ArrayList<>();
      for (Object row : first.autoPager()) {
        calls.add(Json.mapper().valueToTree(row).get("callid").asText());
      }

      assertEquals(List.of("1", "2", "3", "4", "5"), calls, "every row once, in order");
      List<WireServer.Recorded> sent = pages.requests();
      assertEquals(3, sent.size(), "one request per page, none after the short page");
      for (int page = 0; page < 3; page++) {
        String query = sent.get(page).rawQuery();
        assertTrue(query.contains("limit=2"), query);
        assertEquals(
            page > 0, query.contains("start="), "only the later pages name their start: " + query);
        assertTrue(page == 0 || query.contains("start=" + 2 * page), query);
        assertTrue(query.contains("range=1%3A2"), "the other parameters stay: " + query);
      }
    }
  }

  @Test
  void pagesFromTheRawCallPageOnAndAReadWithoutLimitStaysOnePage() throws Exception {
    try (WireServer pages =
        WireServer.start(
            json(200, "{\"success\":true,\"list\":[{\"callid\":1},{\"callid\":2}]}"),
            json(200, "{\"success\":true,\"list\":[{\"callid\":3}]}"))) {
      ContactNowClient client =
          ContactNowClient.builder().baseUrl(pages.url()).token(() -> "t").build();

      Response<Page<CdrEntry>> raw =
          client
              .reporting()
              .withRawResponse()
              .cdr(
                  ReportingService.CdrParams.builder()
                      .fields("callid")
                      .range("1:2")
                      .limit(2)
                      .build());

      assertEquals(200, raw.status());
      assertEquals(3, raw.body().autoPagerStream().count(), "the raw call's page fetches the rest");
      assertEquals(2, pages.requests().size());
    }
    try (WireServer one =
        WireServer.start(
            json(200, "{\"success\":true,\"list\":[{\"callid\":1},{\"callid\":2}]}"))) {
      ContactNowClient client =
          ContactNowClient.builder().baseUrl(one.url()).token(() -> "t").build();

      long rows =
          client.reporting().cdr(p -> p.fields("callid").range("1:2")).autoPagerStream().count();

      assertEquals(2, rows, "without a limit the offset promises nothing: one page");
      assertEquals(1, one.requests().size());
    }
  }

  @Test
  void autoPagerStopsAtAnEmptyPage() throws Exception {
    try (WireServer pages =
        WireServer.start(
            json(200, "{\"success\":true,\"list\":[{\"callid\":1},{\"callid\":2}]}"),
            json(200, "{\"success\":true,\"list\":[]}"))) {
      ContactNowClient client =
          ContactNowClient.builder().baseUrl(pages.url()).token(() -> "t").build();

      long rows =
          client
              .reporting()
              .cdr(p -> p.fields("callid").range("1:2").limit(2))
              .autoPagerStream()
              .count();

      assertEquals(2, rows);
      assertEquals(2, pages.requests().size());
    }
  }

  @Test
  void paramsBuildNamesEveryMissingRequiredParameter() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> ReportingService.CdrParams.builder().build());
    assertTrue(e.getMessage().contains("CdrParams"), e.getMessage());
    assertTrue(e.getMessage().contains("fields"), e.getMessage());
    assertTrue(e.getMessage().contains("range"), e.getMessage());
    IllegalStateException one =
        assertThrows(
            IllegalStateException.class,
            () -> ReportingService.CdrParams.builder().fields("callid").build());
    assertFalse(one.getMessage().contains("fields"), one.getMessage());
    assertTrue(one.getMessage().contains("range"), one.getMessage());
    assertThrows(
        NullPointerException.class, () -> ReportingService.CdrParams.builder().range(null));
    assertThrows(
        IllegalStateException.class,
        () -> contactNow.reporting().cdr(p -> p.fields("callid")),
        "the Consumer overload checks too");
    assertEquals(0, server.requests().size(), "nothing was sent");
  }
}
