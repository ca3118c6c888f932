package io.github.ccsdk.comm100;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.comm100.model.Chat;
import io.github.ccsdk.comm100.model.ChatCondition;
import io.github.ccsdk.comm100.model.ChatConditionOperate;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import io.github.ccsdk.core.testing.WireServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's chat export: yesterday's chats matching a condition, every page, one line each. */
class ChatExportTest {
  static void export(Comm100Client comm100, LocalDate day, PrintWriter out) {
    // README:start
    ChatCondition fromExample =
        ChatCondition.builder()
            .field("email")
            .operate(ChatConditionOperate.CONTAINS)
            .value("@example.com")
            .build();
    try (Stream<Chat> chats =
        comm100
            .chats()
            .listChats(
                p ->
                    p.timeFrom(day + "T00:00:00")
                        .timeTo(day.plusDays(1) + "T00:00:00")
                        .conditions(List.of(fromExample))
                        .pageSize(100))
            .autoPagerStream()) { // one request per page, as the stream reaches it
      chats.forEach(
          chat ->
              out.println(
                  chat.id().orElseThrow()
                      + "\t"
                      + chat.startTime().orElse("")
                      + "\t"
                      + chat.messages().orElse(List.of()).stream()
                          .map(m -> m.senderName().orElse("?") + ": " + m.content().orElse(""))
                          .toList()));
    }
    // README:end
  }

  @Test
  void exportsEveryChatOfTheDayPageByPage() throws Exception {
    String chat =
        "{\"id\":\"00000000-0000-0000-0000-00000000000%d\",\"startTime\":\"2026-12-02T0%d:00:00\","
            + "\"messages\":[{\"senderName\":\"Ann\",\"content\":\"hi %d\"}]}";
    try (WireServer server =
        WireServer.start(
            json(
                200,
                "{\"totalCount\":3,\"nextPage\":\"https://x/?pageIndex=2\",\"chats\":["
                    + chat.formatted(1, 1, 1)
                    + ","
                    + chat.formatted(2, 2, 2)
                    + "]}"),
            json(
                200,
                "{\"totalCount\":3,\"nextPage\":\"\",\"chats\":["
                    + chat.formatted(3, 3, 3)
                    + "]}"))) {
      Comm100Client comm100 =
          Comm100Client.builder().baseUrl(server.url()).apiKey("a@b.c", "k").build();
      StringWriter text = new StringWriter();

      export(comm100, LocalDate.of(2026, 12, 2), new PrintWriter(text, true));

      assertEquals(
          List.of(
              "00000000-0000-0000-0000-000000000001\t2026-12-02T01:00:00\t[Ann: hi 1]",
              "00000000-0000-0000-0000-000000000002\t2026-12-02T02:00:00\t[Ann: hi 2]",
              "00000000-0000-0000-0000-000000000003\t2026-12-02T03:00:00\t[Ann: hi 3]"),
          text.toString().lines().toList());
      assertEquals(2, server.requests().size());
      String first = server.requests().get(0).rawQuery();
      assertTrue(
          first.startsWith(
              "timeFrom=2026-12-02T00%3A00%3A00&timeTo=2026-12-03T00%3A00%3A00&pageSize=100&"),
          first);
      assertTrue(first.endsWith("&conditions%5B0%5D%5Bvalue%5D=%40example.com"), first);
      assertTrue(server.requests().get(1).rawQuery().contains("pageIndex=2&pageSize=100"));
    }
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/comm100/ChatExportTest.java"),
        Path.of("../README.md"));
  }
}
