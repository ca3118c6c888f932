package io.github.ccsdk.servicepattern;

import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Upload;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import io.github.ccsdk.servicepattern.model.ChatEvent;
import io.github.ccsdk.servicepattern.model.ChatRequest;
import io.github.ccsdk.servicepattern.model.ChatSessionFileEvent;
import io.github.ccsdk.servicepattern.model.ChatSessionMessageEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/** The README's ServicePattern quick start, compiled so that it cannot rot. */
class QuickStartTest {
  static void quickStart(String appId) throws IOException {
    // README:start
    ServicePatternClient sp =
        ServicePatternClient.builder()
            .host("yourcompany.brightpattern.com")
            .tenantUrl("yourcompany.brightpattern.com")
            .appId(appId)
            .build();
    Chat chat = sp.chats().start(ChatRequest.builder().from("15551234567").build());
    chat.sendMessage("Hello!");
    chat.sendFile(Upload.of(Path.of("photo.png")));
    try (ChatEventStream events = chat.events()) {
      for (ChatEvent event : events) { // ends with chat_session_ended
        if (event instanceof ChatSessionMessageEvent message) {
          System.out.println("agent: " + message.msg());
        } else if (event instanceof ChatSessionFileEvent file) {
          try (Download download = chat.file(file.fileId());
              InputStream in = download.stream()) {
            Files.copy(in, Path.of("attachment.bin"), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
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
