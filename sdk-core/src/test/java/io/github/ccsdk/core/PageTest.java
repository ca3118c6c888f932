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

  /** Pages 1..pages of three numbered items each, the last linking to none; records each index. */
  private static Function<Integer, Page<String>> numbered(int pages, List<Integer> asked) {
    return index -> {
      asked.add(index);
      List<String> items = new ArrayList<>();
      if (index <= pages) {
        for (int i = 1; i <= 3; i++) {
          items.add(index + "." + i);
        }
      }
      return Page.of(items, pages * 3, index < pages);
    };
  }

  @Test
  void byIndexAsksForTheNextIndexLazilyAndStopsWithoutANextLink() {
    List<Integer> asked = new ArrayList<>();
    Page<String> first = numbered(3, asked).apply(1).pagedByIndex(1, 3, numbered(3, asked));
    asked.clear();

    List<String> seen = new ArrayList<>();
    for (String item : first.autoPager()) {
      seen.add(item);
      if (seen.size() == 3) {
        assertEquals(List.of(), asked, "nothing fetched before the first page is used up");
      }
    }

    assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"), seen);
    assertEquals(List.of(2, 3), asked, "each later page once; no request after the last link");
  }

  @Test
  void byIndexTrustsTheNextLinkOverAShortPage() {
    List<Integer> asked = new ArrayList<>();
    Page<String> first = Page.of(List.of("1.1"), 7, true).pagedByIndex(1, 50, numbered(3, asked));

    assertEquals(7, first.autoPagerStream().count());
    assertEquals(List.of(2, 3), asked);
  }

  @Test
  void byIndexWithoutLinksOrSizeStopsAtAnEmptyPage() {
    List<Integer> asked = new ArrayList<>();
    Function<Integer, Page<String>> unlinked =
        index -> {
          Page<String> linked = numbered(2, asked).apply(index);
          return Page.of(linked.items(), linked.total());
        };
    Page<String> first = unlinked.apply(1).pagedByIndex(1, 0, unlinked);
    asked.clear();

    assertEquals(6, first.autoPagerStream().count());
    assertEquals(List.of(2, 3), asked, "the empty page 3 ends it");
  }

  @Test
  void aServerThatIgnoresThePageIndexIsAnError() {
    Page<String> same = Page.of(List.of("a"), 1, true);
    Page<String> first = same.pagedByIndex(1, 1, index -> same);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> first.autoPagerStream().count());
    assertEquals(
        "still more rows after "
            + Page.MAX_PAGES
            + " pages: does the server ignore the page index?",
        e.getMessage());
  }

  @Test
  void totalIsTheServersOrTheItemCount() {
    assertEquals(40, Page.of(List.of("a"), 40).total());
    assertThrows(IllegalArgumentException.class, () -> Page.of(List.of(), -1));
  }
}
