package io.github.ccsdk.comm100;

import io.github.ccsdk.comm100.model.CustomAwayStatus;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Comm100 quick start, compiled so that it cannot rot. */
class QuickStartTest {
  static void quickStart() {
    // README:start
    Comm100Client comm100 =
        Comm100Client.builder()
            .platform(1) // api1.comm100.io, tokens from portal1.comm100.io
            .oauth("agent@example.com", System.getenv("COMM100_PASSWORD"))
            .build();
    try {
      for (Visitor visitor : comm100.visitors().listChattingVisitors()) {
        System.out.println(visitor.name().orElse("(anonymous)") + " is chatting");
      }
      Response<CustomAwayStatus> created =
          comm100
              .customAwayStatuses()
              .withRawResponse()
              .createCustomAwayStatus(CustomAwayStatus.builder().name("Lunch").build());
      System.out.println("created " + created.location().orElseThrow());
    } catch (Comm100Exception.Unauthorized e) {
      System.err.println("check the email and password: " + e.getMessage());
    }
    // README:end
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/comm100/QuickStartTest.java"),
        Path.of("../README.md"));
  }
}
