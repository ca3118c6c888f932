package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.conformance.ReplayServer;
import io.github.ccsdk.servicepattern.ServicePatternClient;
import io.github.ccsdk.servicepattern.model.Availability;
import io.github.ccsdk.servicepattern.model.AvailabilityStatus;
import io.github.ccsdk.testing.CcsdkReplay;
import io.github.ccsdk.testing.Vendor;
import org.junit.jupiter.api.Test;

/** ServicePattern through the kit: a ready client, a builder to adjust, and the server. */
@CcsdkReplay(Vendor.SERVICEPATTERN)
class ServicePatternReplayTest {
  @Test
  void replaysInRecordedOrder(ServicePatternClient sp) {
    Availability first = sp.scenarioEntries().checkAvailability();
    assertEquals(AvailabilityStatus.AVAILABLE, first.chat());
    assertEquals("30", first.ewt().orElseThrow());
    // The next recorded answer to the same request, which then keeps answering.
    assertEquals(AvailabilityStatus.NOT_AVAILABLE, sp.scenarioEntries().checkAvailability().chat());
    assertEquals(AvailabilityStatus.NOT_AVAILABLE, sp.scenarioEntries().checkAvailability().chat());
  }

  @Test
  void builderTakesMoreSettings(ServicePatternClient.Builder builder, ReplayServer server) {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    ServicePatternClient v2 = builder.baseUrl(server.url() + "/clientweb/api/v2").build();
    assertEquals("5.5.6.12345 (Stable)", v2.serverVersion());
  }
}
