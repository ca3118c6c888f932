package io.github.ccsdk.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that a generated params builder has every required parameter, naming all that are missing
 * in one message. For generated code; not part of the user API.
 */
public final class RequiredParameters {
  private final String owner;
  private final List<String> missing = new ArrayList<>();

  private RequiredParameters(String owner) {
    this.owner = owner;
  }

  /** A check of the parameters of {@code owner}, e.g. {@code ReadRecordsParams}. */
  public static RequiredParameters of(String owner) {
    return new RequiredParameters(Objects.requireNonNull(owner, "owner == null"));
  }

  /** Notes {@code name} as missing if {@code value} is null. */
  public RequiredParameters require(String name, Object value) {
    if (value == null) {
      missing.add(name);
    }
    return this;
  }

  /**
   * Passes if nothing is missing.
   *
   * @throws IllegalStateException naming every missing parameter
   */
  public void check() {
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          owner
              + (missing.size() == 1 ? ": required parameter " : ": required parameters ")
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not set");
    }
  }
}
