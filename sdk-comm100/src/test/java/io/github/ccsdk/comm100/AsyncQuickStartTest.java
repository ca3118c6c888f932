package io.github.ccsdk.comm100;

import io.github.ccsdk.comm100.api.VisitorsServiceAsync;
import io.github.ccsdk.comm100.model.Visitor;
import io.github.ccsdk.core.testing.ReadmeSnippets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's async example, compiled so that it cannot rot. */
class AsyncQuickStartTest {
  static void asyncQuickStart(Comm100Client comm100, UUID visitorId) {
    // README:start
    VisitorsServiceAsync visitors = comm100.async().visitors();
    CompletableFuture<Visitor> visitor = visitors.getVisitor(visitorId); // both calls start now
    CompletableFuture<List<Visitor>> chatting = visitors.listChattingVisitors();
    try {
      System.out.println(
          visitor.orTimeout(10, TimeUnit.SECONDS).join().name().orElse("(anonymous)")
              + " is one of "
              + chatting.join().size()
              + " chatting");
    } catch (CompletionException e) {
      if (e.getCause() instanceof Comm100Exception.NotFound) {
        System.err.println("no such visitor: " + visitorId);
      } else {
        throw e;
      }
    }
    // README:end
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippets.assertInReadme(
        Path.of("src/test/java/io/github/ccsdk/comm100/AsyncQuickStartTest.java"),
        Path.of("../README.md"));
  }
}
