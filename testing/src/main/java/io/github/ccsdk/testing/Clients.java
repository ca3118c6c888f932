package io.github.ccsdk.testing;

import io.github.ccsdk.comm100.Comm100Client;
import io.github.ccsdk.contactnow.ContactNowClient;
import io.github.ccsdk.core.RetryPolicy;
import io.github.ccsdk.servicepattern.ServicePatternClient;

/**
 * Client builders pointed at a replay server, set up as the packaged recordings were made. Each
 * vendor's branch loads only that vendor's SDK, so the others may be absent.
 */
final class Clients {
  /** The site id of the packaged Comm100 v4 recordings. */
  static final long COMM100_SITE = 10000;

  /** The tenant of the packaged ServicePattern recordings. */
  static final String SERVICEPATTERN_TENANT = "yourcompany.brightpattern.com";

  private Clients() {}

  /** A builder of {@code vendor}'s client for the server at {@code url}. */
  static Object builder(Vendor vendor, String url) {
    return switch (vendor) {
      case COMM100 ->
          Comm100Client.builder()
              .baseUrl(url)
              .apiKey("agent@example.com", "replay-api-key")
              .siteId(COMM100_SITE)
              .retryPolicy(RetryPolicy.none());
      case SERVICEPATTERN ->
          ServicePatternClient.builder()
              .baseUrl(url + "/clientweb/api/v1")
              .tenantUrl(SERVICEPATTERN_TENANT)
              .appId("replay-app")
              .retryPolicy(RetryPolicy.none());
      case CONTACTNOW ->
          ContactNowClient.builder()
              .baseUrl(url)
              .token(() -> "replay-token")
              .retryPolicy(RetryPolicy.none());
    };
  }

  /** The client {@code builder} builds. */
  static Object build(Vendor vendor, Object builder) {
    return switch (vendor) {
      case COMM100 -> ((Comm100Client.Builder) builder).build();
      case SERVICEPATTERN -> ((ServicePatternClient.Builder) builder).build();
      case CONTACTNOW -> ((ContactNowClient.Builder) builder).build();
    };
  }
}
