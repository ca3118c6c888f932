package io.github.ccsdk.comm100;

import io.github.ccsdk.comm100.model.CustomerSegment;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads customer segment properties whose JSON name differs between Comm100's documents.
 *
 * <p>The spec declares both {@code isEnabled} (field table, v4 successor) and {@code isEnable}
 * (seed and most examples). The SDK writes {@code isEnabled} ({@code
 * CustomerSegment.builder().isEnabled(true)}); a server may answer with either, so read the flag
 * here rather than from one accessor.
 */
public final class CustomerSegments {
  private CustomerSegments() {}

  /** Whether the segment is enabled: {@code isEnabled}, else {@code isEnable}; empty if neither. */
  public static Optional<Boolean> enabled(CustomerSegment segment) {
    Objects.requireNonNull(segment, "segment == null");
    Optional<Boolean> enabled = segment.isEnabled();
    return enabled.isPresent() ? enabled : segment.isEnable();
  }
}
