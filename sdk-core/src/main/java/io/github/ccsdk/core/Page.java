package io.github.ccsdk.core;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list the server answered: its items and the total the server counted. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  /** The most pages {@link #autoPager()} fetches after this one: a guard against a server loop. */
  static final int MAX_PAGES = 10_000;

  private final List<T> items;
  private final int total;
  private final Function<Integer, Page<T>> fetchFrom;
  private final int offset;
  private final int limit;

  private Page(
      List<T> items, int total, Function<Integer, Page<T>> fetchFrom, int offset, int limit) {
    this.items = items;
    this.total = total;
    this.fetchFrom = fetchFrom;
    this.offset = offset;
    this.limit = limit;
  }

  /** A page of {@code items} out of {@code total} (for tests that stub a service). */
  public static <T> Page<T> of(List<T> items, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("total < 0: " + total);
    }
    return new Page<>(
        List.copyOf(Objects.requireNonNull(items, "items == null")), total, null, 0, 0);
  }

  /**
   * This page as the one at row {@code offset} of a list read by offset and limit: {@code
   * fetchFrom} reads the page starting at a given row, which {@link #autoPager()} calls for the
   * pages after this one; {@code limit} is the page size asked for. Without a limit (0) the page
   * stays a single page: an offset alone does not promise the next rows. For generated code.
   */
  public Page<T> pagedFrom(int offset, int limit, Function<Integer, Page<T>> fetchFrom) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    Objects.requireNonNull(fetchFrom, "fetchFrom == null");
    return limit == 0 ? this : new Page<>(items, total, fetchFrom, offset, limit);
  }

  /** The items of this page, in the server's order. */
  public List<T> items() {
    return items;
  }

  /**
   * The server's count of items (the sources do not say whether of this page or of the whole list);
   * the page's size when it gave none.
   */
  public int total() {
    return total;
  }

  /**
   * The items of this page and of every page after it, fetched one page at a time as the iteration
   * reaches them (the next page starts after the last row read). It needs the read's {@code limit}:
   * it stops at an empty page or a page shorter than the limit; a failed fetch throws from {@code
   * hasNext()}, and so does a list still going after {@value #MAX_PAGES} pages (a server that
   * ignores the offset), rather than end short unnoticed. {@link #total()} is not relied on. For a
   * list not read by offset, or read without a limit, it is this page's items.
   */
  public Iterable<T> autoPager() {
    return () -> new AutoPager<>(this);
  }

  /** {@link #autoPager()} as a sequential stream. */
  public Stream<T> autoPagerStream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new AutoPager<>(this), Spliterator.ORDERED), false);
  }

  /** Walks the pages lazily: the next one is read only when this one's items are used up. */
  private static final class AutoPager<T> implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;
    private int fetched;

    AutoPager(Page<T> first) {
      this.page = first;
      this.items = first.items.iterator();
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        int next = page.offset + page.items.size();
        boolean more =
            page.fetchFrom != null && !page.items.isEmpty() && page.items.size() >= page.limit;
        if (!more) {
          return false;
        }
        if (fetched >= MAX_PAGES) {
          throw new IllegalStateException(
              "still more rows after " + MAX_PAGES + " pages: does the server ignore the offset?");
        }
        Page<T> following = page.fetchFrom.apply(next);
        fetched++;
        page =
            following.fetchFrom == null
                ? following.pagedFrom(next, page.limit, page.fetchFrom)
                : following;
        items = page.items.iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Page<?> other && total == other.total && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, total);
  }

  @Override
  public String toString() {
    return "Page{total=" + total + ", items=" + items + '}';
  }
}
