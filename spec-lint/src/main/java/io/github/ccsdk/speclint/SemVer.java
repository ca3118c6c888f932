package io.github.ccsdk.speclint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version ({@code 1.2.3}, {@code 1.2.3-beta.1}, {@code 1.2.3+build}), as each spec's
 * {@code info.version} is. Build metadata is kept out of comparisons, as SemVer says.
 */
record SemVer(int major, int minor, int patch, String preRelease) implements Comparable<SemVer> {
  private static final Pattern FORM =
      Pattern.compile(
          "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  /** The version in {@code text}, or null if it is not a semantic version. */
  static SemVer parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return new SemVer(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          m.group(4));
    } catch (NumberFormatException tooLong) {
      return null;
    }
  }

  /** A pre-release sorts before its release; pre-releases compare as text. */
  @Override
  public int compareTo(SemVer other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, other.patch);
    }
    if (c == 0 && !java.util.Objects.equals(preRelease, other.preRelease)) {
      if (preRelease == null) {
        c = 1;
      } else if (other.preRelease == null) {
        c = -1;
      } else {
        c = preRelease.compareTo(other.preRelease);
      }
    }
    return c;
  }

  /** The next major version, as a fix hint: 1.4.2 gives 2.0.0. */
  SemVer nextMajor() {
    return new SemVer(major + 1, 0, 0, null);
  }

  /** The next minor version: 1.4.2 gives 1.5.0. */
  SemVer nextMinor() {
    return new SemVer(major, minor + 1, 0, null);
  }

  /** The next patch version: 1.4.2 gives 1.4.3. */
  SemVer nextPatch() {
    return new SemVer(major, minor, patch + 1, null);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
  }
}
