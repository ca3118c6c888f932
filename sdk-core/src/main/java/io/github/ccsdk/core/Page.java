package io.github.ccsdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One page of a list the server answered: its items and the total the server counted. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final int total;

  private Page(List<T> items, int total) {
    this.items = items;
    this.total = total;
  }

  /**
   * A page of {@code items}, with the server's {@code total} as received: a number, a string of
   * digits (some servers quote numbers), or missing or unreadable, which counts the items.
   */
  public static <T> Page<T> of(List<T> items, JsonField<?> total) {
    List<T> copy = List.copyOf(Objects.requireNonNull(items, "items == null"));
    Objects.requireNonNull(total, "total == null");
    return new Page<>(copy, total.raw().map(Page::count).orElse(copy.size()));
  }

  private static Integer count(JsonNode node) {
    if (node.canConvertToInt() && node.isIntegralNumber()) {
      return node.intValue();
    }
    if (node.isTextual() && node.asText().trim().matches("\\d{1,9}")) {
      return Integer.parseInt(node.asText().trim());
    }
    return null;
  }

  /** The items of this page, in the server's order. */
  public List<T> items() {
    return items;
  }

  /** The number of items the server counted in all pages; the page's size when it gave none. */
  public int total() {
    return total;
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
