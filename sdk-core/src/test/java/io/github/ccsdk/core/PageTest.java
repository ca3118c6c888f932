package io.github.ccsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageTest {
  /** Rows 0..size-1 of a list, served {@code limit} at a time; records each offset asked for. */
  private static Function<Integer, Page<Integer>> rows(int size, int limit, List<Integer> asked) {
    return from -> {
      asked.add(from);
      List<Integer> page = new ArrayList<>();
      for (int i = from; i < Math.min(size, from + limit); i++) {
        page.add(i);
      }
      return Page.of(page, size);
    };
  }

  @Test
  void walksThePagesLazilyAndStopsAtAShortPage() {
    List<Integer> asked = new ArrayList<>();
    Page<Integer> first = rows(5, 2, asked).apply(0).pagedFrom(0, 2, rows(5, 2, asked));
    asked.clear();

    List<Integer> seen = new ArrayList<>();
    for (int row : first.autoPager()) {
      seen.add(row);
      if (seen.size() == 2) {
        assertEquals(List.of(), asked, "nothing fetched before the first page is used up");
      }
    }

    assertEquals(List.of(0, 1, 2, 3, 4), seen);
    assertEquals(List.of(2, 4), asked, "each later page once, from the row after the last read");
  }

  @Test
  void stopsAtAnEmptyPageAfterAFullOne() {
    List<Integer> asked = new ArrayList<>();
    Page<Integer> first = rows(4, 2, asked).apply(0).pagedFrom(0, 2, rows(4, 2, asked));
    asked.clear();

    assertEquals(4, first.autoPagerStream().count());
    assertEquals(List.of(2, 4), asked, "the empty page at 4 ends it");
  }

  @Test
  void withoutALimitAPageIsItsOwnItems() {
    List<Integer> asked = new ArrayList<>();
    Page<Integer> only = Page.of(List.of(1, 2), 9).pagedFrom(0, 0, rows(9, 2, asked));

    assertEquals(2, only.autoPagerStream().count());
    assertEquals(List.of(), asked, "an offset alone does not promise the next rows");
  }

  @Test
  void aServerThatIgnoresTheOffsetIsAnErrorNotAnEndlessLoop() {
    Page<Integer> same = Page.of(List.of(1, 2), 2);
    Page<Integer> first = same.pagedFrom(0, 2, from -> same);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> first.autoPagerStream().count());
    assertEquals(
        "still more rows after " + Page.MAX_PAGES + " pages: does the server ignore the offset?",
        e.getMessage());
  }

  @Test
  void totalIsTheServersOrTheItemCount() {
    assertEquals(40, Page.of(List.of("a"), 40).total());
    assertThrows(IllegalArgumentException.class, () -> Page.of(List.of(), -1));
  }
}
