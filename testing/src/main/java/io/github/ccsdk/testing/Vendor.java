package io.github.ccsdk.testing;

/** A vendor whose recorded exchanges {@link CcsdkReplay} replays. */
public enum Vendor {
  COMM100("comm100", "Comm100", "io.github.ccsdk.comm100.Comm100Client"),
  SERVICEPATTERN(
      "servicepattern", "ServicePattern", "io.github.ccsdk.servicepattern.ServicePatternClient"),
  CONTACTNOW("contactnow", "ContactNow", "io.github.ccsdk.contactnow.ContactNowClient");

  final String id;
  final String displayName;

  /** The client's class name: the SDK may be absent, so the class is not named in code. */
  final String client;

  Vendor(String id, String displayName, String client) {
    this.id = id;
    this.displayName = displayName;
    this.client = client;
  }

  /** The vendor whose client (or client builder) is {@code type}, or null. */
  static Vendor of(Class<?> type) {
    for (Vendor v : values()) {
      if (type.getName().equals(v.client) || type.getName().equals(v.client + "$Builder")) {
        return v;
      }
    }
    return null;
  }
}
