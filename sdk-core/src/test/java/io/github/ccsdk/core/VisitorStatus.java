package io.github.ccsdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;

/** An open enum written by hand exactly as the generator writes one. */
public final class VisitorStatus extends OpenEnum<VisitorStatus.Known> {
  public enum Known {
    CHATTING,
    WAITING,
    UNKNOWN_,
    UNKNOWN
  }

  public static final VisitorStatus CHATTING = new VisitorStatus("chatting", Known.CHATTING);
  public static final VisitorStatus WAITING = new VisitorStatus("waiting", Known.WAITING);

  /** A wire value literally called "UNKNOWN", as the generator names it. */
  public static final VisitorStatus UNKNOWN_ = new VisitorStatus("UNKNOWN", Known.UNKNOWN_);

  private static final Values<VisitorStatus> VALUES = values(CHATTING, WAITING, UNKNOWN_);

  private VisitorStatus(String value, Known known) {
    super(value, known);
  }

  @JsonCreator
  public static VisitorStatus of(String value) {
    return VALUES.of(value, v -> new VisitorStatus(v, Known.UNKNOWN));
  }
}
