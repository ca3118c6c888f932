package com.example.feature.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ccsdk.core.OpenEnum;

/**
 * Status.
 *
 * <p>Forward-compatible: a value this SDK does not know is kept as it came, with {@link #known()}
 * {@code UNKNOWN}, and is sent back unchanged.
 */
public final class Status extends OpenEnum<Status.Known> {
  /** The values known to this version of the SDK, and {@code UNKNOWN}. */
  public enum Known {
    ONLINE,
    OFFLINE,
    UNKNOWN
  }

  public static final Status ONLINE = new Status("online", Known.ONLINE);

  public static final Status OFFLINE = new Status("offline", Known.OFFLINE);

  private static final Values<Status> VALUES = values(ONLINE, OFFLINE);

  private Status(String value, Known known) {
    super(value, known);
  }

  /** The constant for {@code value}, or a new {@code UNKNOWN} instance that keeps it. */
  @JsonCreator
  public static Status of(String value) {
    return VALUES.of(value, v -> new Status(v, Known.UNKNOWN));
  }
}
