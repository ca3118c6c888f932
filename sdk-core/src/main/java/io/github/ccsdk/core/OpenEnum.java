package io.github.ccsdk.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of generated forward-compatible enums: a value the SDK does not know yet is kept as it came
 * (with {@link #known()} {@code UNKNOWN}) instead of failing the call, and is sent back unchanged.
 *
 * <p>Generated subclasses declare a constant per known value and a {@code Known} Java enum whose
 * constant {@code UNKNOWN} stands for every value this SDK version does not know. Instances are
 * immutable; two are equal when they have the same class and wire value.
 *
 * @param <K> the subclass's {@code Known} enum
 */
public abstract class OpenEnum<K extends Enum<K>> {
  private final String value;
  private final K known;

  /** For generated constants and for unknown values; both arguments are required. */
  protected OpenEnum(String value, K known) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.known = Objects.requireNonNull(known, "known == null");
  }

  /** The value exactly as it goes over the wire. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** The Java constant for this value, {@code UNKNOWN} for a value this SDK does not know. */
  public final K known() {
    return known;
  }

  /**
   * False for a value this SDK version does not know. By the generated convention that is the
   * {@code Known} constant named {@code UNKNOWN} (a wire value "UNKNOWN" gets another name).
   */
  public final boolean isKnown() {
    return !"UNKNOWN".equals(known.name());
  }

  /** The wire value, so that a Feign {@code @Param} sends exactly it. */
  @Override
  public final String toString() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o == this
        || (o != null && o.getClass() == getClass() && value.equals(((OpenEnum<?>) o).value));
  }

  @Override
  public final int hashCode() {
    return 31 * getClass().getName().hashCode() + value.hashCode();
  }

  /** An immutable lookup of {@code constants} by wire value, for the subclass's {@code of}. */
  @SafeVarargs
  public static <E extends OpenEnum<?>> Values<E> values(E... constants) {
    Map<String, E> byValue = new LinkedHashMap<>();
    for (E constant : constants) {
      Objects.requireNonNull(constant, "constant == null");
      if (byValue.putIfAbsent(constant.value(), constant) != null) {
        throw new IllegalArgumentException("duplicate value: " + constant.value());
      }
    }
    return new Values<>(Collections.unmodifiableMap(byValue));
  }

  /**
   * The known constants of one open enum, by wire value.
   *
   * @param <E> the open enum
   */
  public static final class Values<E extends OpenEnum<?>> {
    private final Map<String, E> byValue;

    private Values(Map<String, E> byValue) {
      this.byValue = byValue;
    }

    /**
     * The constant for {@code value} (matched exactly, case included), else {@code unknown} applied
     * to it.
     */
    public E of(String value, Function<String, E> unknown) {
      Objects.requireNonNull(value, "value == null");
      E constant = byValue.get(value);
      return constant != null
          ? constant
          : Objects.requireNonNull(unknown, "unknown == null").apply(value);
    }
  }
}
