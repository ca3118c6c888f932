package io.github.ccsdk.contactnow;

import io.github.ccsdk.core.JsonField;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a read with the envelope unwrapped: the rows as a typed list and the server's
 * {@link #total()}. Immutable.
 *
 * @param <T> the row type
 */
public final class ReadResult<T> {
  private final int total;
  private final List<T> list;

  private ReadResult(int total, List<T> list) {
    this.total = total;
    this.list = List.copyOf(list);
  }

  /**
   * Unwraps a read envelope returned by a generated read method ({@code OutcomeCodeList}, {@code
   * ContactRecordList}, ...), whose rows are {@code rowType}. A missing {@code list} is an empty
   * one; a missing {@code total} is the number of rows; a {@code total} sent as a string is read as
   * a number.
   *
   * @throws IllegalArgumentException if {@code envelope} is not a read envelope of {@code rowType}
   *     rows
   */
  public static <T> ReadResult<T> of(Object envelope, Class<T> rowType) {
    Objects.requireNonNull(envelope, "envelope == null");
    Objects.requireNonNull(rowType, "rowType == null");
    List<T> rows = new ArrayList<>();
    Object list = accessor(envelope, "list");
    Object items = null;
    if (list instanceof Optional) {
      Optional<?> present = (Optional<?>) list;
      items = present.isPresent() ? present.get() : List.of();
    }
    if (!(items instanceof List)) {
      throw new IllegalArgumentException(
          envelope.getClass().getName() + " is not a read envelope (no Optional<List> list())");
    }
    for (Object row : (List<?>) items) {
      if (!rowType.isInstance(row)) {
        throw new IllegalArgumentException(
            "the rows of " + envelope.getClass().getSimpleName() + " are not " + rowType.getName());
      }
      rows.add(rowType.cast(row));
    }
    // The raw JSON of total, so that a number the server sent as a string still counts.
    Object total = accessor(envelope, "_total");
    long counted =
        total instanceof JsonField
            ? Values.number(((JsonField<?>) total).raw().orElse(null)).orElse(rows.size())
            : rows.size();
    return new ReadResult<>((int) counted, rows);
  }

  /** Calls a generated model's public accessor {@code name()}. */
  private static Object accessor(Object envelope, String name) {
    try {
      Method method = envelope.getClass().getMethod(name);
      return method.invoke(envelope);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          envelope.getClass().getName() + " is not a read envelope (no " + name + "())", e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    }
  }

  /** Rows matched, as the server counted them. */
  public int total() {
    return total;
  }

  /** The rows, in the server's order. */
  public List<T> list() {
    return list;
  }

  @Override
  public String toString() {
    return "ReadResult{total=" + total + ", rows=" + list.size() + '}';
  }
}
