package com.example.feature.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ccsdk.core.OpenEnum;

/**
 * A color; the vendor adds colors without notice.
 *
 * <p>Forward-compatible: a value this SDK does not know is kept as it came, with {@link #known()}
 * {@code UNKNOWN}, and is sent back unchanged.
 */
public final class Color extends OpenEnum<Color.Known> {
  /** The values known to this version of the SDK, and {@code UNKNOWN}. */
  public enum Known {
    RED,
    DARK_GREEN,
    UNKNOWN_,
    UNKNOWN
  }

  public static final Color RED = new Color("red", Known.RED);

  public static final Color DARK_GREEN = new Color("dark-green", Known.DARK_GREEN);

  public static final Color UNKNOWN_ = new Color("UNKNOWN", Known.UNKNOWN_);

  private static final Values<Color> VALUES = values(RED, DARK_GREEN, UNKNOWN_);

  private Color(String value, Known known) {
    super(value, known);
  }

  /** The constant for {@code value}, or a new {@code UNKNOWN} instance that keeps it. */
  @JsonCreator
  public static Color of(String value) {
    return VALUES.of(value, v -> new Color(v, Known.UNKNOWN));
  }
}
