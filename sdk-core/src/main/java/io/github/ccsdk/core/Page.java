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
  private final Boolean more;
  private final Function<Integer, Page<T>> fetch;
  private final int position;
  private final int size;
  private final boolean byIndex;

  private Page(
      List<T> items,
      int total,
      Boolean more,
      Function<Integer, Page<T>> fetch,
      int position,
      int size,
      boolean byIndex) {
    this.items = items;
    this.total = total;
    this.more = more;
    this.fetch = fetch;
    this.position = position;
    this.size = size;
    this.byIndex = byIndex;
  }

  /** A page of {@code items} out of {@code total} (for tests that stub a service). */
  public static <T> Page<T> of(List<T> items, int total) {
    return of(items, total, null);
  }

  /**
   * A page of {@code items} out of {@code total}, and whether the server says pages follow (its
   * next-page link), which {@link #autoPager()} then trusts; null when the server does not say.
   */
  public static <T> Page<T> of(List<T> items, int total, Boolean more) {
    if (total < 0) {
      throw new IllegalArgumentException("total < 0: " + total);
    }
    return new Page<>(
        List.copyOf(Objects.requireNonNull(items, "items == null")),
        total,
        more,
        null,
        0,
        0,
        false);
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
    return limit == 0 ? this : new Page<>(items, total, more, fetchFrom, offset, limit, false);
  }

  /**
   * This page as page number {@code index} of a list read by page index: {@code fetchPage} reads a
   * given page, which {@link #autoPager()} calls with {@code index + 1} and on; {@code size} is the
   * page size asked for, 0 when left to the server. For generated code.
   */
  public Page<T> pagedByIndex(int index, int size, Function<Integer, Page<T>> fetchPage) {
    if (index < 0 || size < 0) {
      throw new IllegalArgumentException("index and size must not be negative");
    }
    Objects.requireNonNull(fetchPage, "fetchPage == null");
    return new Page<>(items, total, more, fetchPage, index, size, true);
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
   * reaches them. A list read by offset needs the read's {@code limit}; the next page starts after
   * the last row read. A list read by page index asks for the next index with the same parameters.
   * It stops at an empty page, at the last page when the server links pages (no next-page link),
   * and otherwise at a page shorter than the size asked for; a failed fetch throws from {@code
   * hasNext()}, and so does a list still going after {@value #MAX_PAGES} pages (a server that
   * ignores the offset or index), rather than end short unnoticed. {@link #total()} is not relied
   * on. For a list not read page by page, it is this page's items.
   */
  public Iterable<T> autoPager() {
    return () -> new AutoPager<>(this);
  }

  /** {@link #autoPager()} as a sequential stream. */
  public Stream<T> autoPagerStream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new AutoPager<>(this), Spliterator.ORDERED), false);
  }

  /** Whether {@link #autoPager()} reads a page after this one. */
  private boolean hasFollowing() {
    if (fetch == null || items.isEmpty()) {
      return false;
    }
    if (more != null) {
      return more;
    }
    return size == 0 ? byIndex : items.size() >= size;
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
        if (!page.hasFollowing()) {
          return false;
        }
        if (fetched >= MAX_PAGES) {
          throw new IllegalStateException(
              "still more rows after "
                  + MAX_PAGES
                  + " pages: does the server ignore the "
                  + (page.byIndex ? "page index?" : "offset?"));
        }
        int next = page.byIndex ? page.position + 1 : page.position + page.items.size();
        Page<T> following = page.fetch.apply(next);
        fetched++;
        page =
            following.fetch != null
                ? following
                : new Page<>(
                    following.items,
                    following.total,
                    following.more,
                    page.fetch,
                    next,
                    page.size,
                    page.byIndex);
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
