package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import io.github.ccsdk.servicepattern.model.Availability;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import io.github.ccsdk.servicepattern.model.ChatSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/** The README's ServicePattern quick start, compiled so that it cannot rot. */
class QuickStartTest {
  static void quickStart(String appId, String fileId) throws IOException {
    // README:start
    ServicePatternClient sp =
        ServicePatternClient.builder()
            .host("yourcompany.brightpattern.com")
            .tenantUrl("yourcompany.brightpattern.com")
            .appId(appId)
            .build();
    Availability availability = sp.scenarioEntries().checkAvailability();
    System.out.println("chat is " + availability.chat());
    ChatSession chat = sp.chats().requestChat(ChatRequest.builder().from("15551234567").build());
    try (Download file = sp.files().getFile(chat.chatId(), fileId);
        InputStream in = file.stream()) {
      Files.copy(in, Path.of("attachment.bin"), StandardCopyOption.REPLACE_EXISTING);
    }
    // README:end
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/servicepattern/QuickStartTest.java"),
        Path.of("../README.md"));
  }
}
