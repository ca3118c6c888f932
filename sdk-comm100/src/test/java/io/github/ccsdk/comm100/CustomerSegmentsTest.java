package io.github.ccsdk.comm100;

import static io.github.ccsdk.core.testing.WireServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccsdk.comm100.model.CustomerSegment;
import io.github.ccsdk.comm100.model.SegmentCondition;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.spi.Json;
import io.github.ccsdk.core.testing.WireServer;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The isEnabled/isEnable split and the Location of a 201, over the wire. */
class CustomerSegmentsTest {
  private static final UUID ID = UUID.fromString("1487fc9d-92e6-4487-a2e8-92e68d6892e6");

  private WireServer server;
  private Comm100Client comm100;

  @BeforeEach
  void start() throws Exception {
    server = WireServer.start();
    comm100 = Comm100Client.builder().baseUrl(server.url()).apiKey("a@b.c", "k").build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Optional<Boolean> enabledFrom(String body) {
    server.answer(json(200, body));
    return CustomerSegments.enabled(comm100.customerSegments().getCustomerSegment(ID));
  }

  @Test
  void readsIsEnabled() {
    assertEquals(Optional.of(true), enabledFrom("{\"name\":\"VIP\",\"isEnabled\":true}"));
  }

  @Test
  void fallsBackToTheIsEnableAlias() {
    assertEquals(Optional.of(true), enabledFrom("{\"name\":\"VIP\",\"isEnable\":true}"));
  }

  @Test
  void isEnabledWinsWhenTheServerSendsBoth() {
    assertEquals(
        Optional.of(false),
        enabledFrom("{\"name\":\"VIP\",\"isEnabled\":false,\"isEnable\":true}"));
  }

  @Test
  void neitherMeansUnknown() {
    assertEquals(Optional.empty(), enabledFrom("{\"name\":\"VIP\"}"));
  }

  @Test
  void writesIsEnabledAndReadsTheCreatedLocation() throws Exception {
    server.answer(
        json(
            201,
            "{\"name\":\"VIP\",\"isEnable\":true}",
            "Location",
            "/api/v3/livechat/customerSegments/" + ID));

    Response<CustomerSegment> created =
        comm100
            .customerSegments()
            .withRawResponse()
            .createCustomerSegment(
                CustomerSegment.builder()
                    .name("VIP")
                    .isEnabled(true)
                    .conditions(
                        List.of(
                            SegmentCondition.builder()
                                .field("CurrentPageUrl")
                                .value("live")
                                .build()))
                    .build());

    JsonNode sent = Json.mapper().readTree(server.takeOnly().body());
    assertTrue(sent.get("isEnabled").asBoolean());
    assertFalse(sent.has("isEnable"), "the SDK writes the documented name only");
    assertEquals(201, created.status());
    assertEquals(
        URI.create(server.url() + "/api/v3/livechat/customerSegments/" + ID),
        created.location().orElseThrow());
    assertEquals(Optional.of(true), CustomerSegments.enabled(created.body()));
  }
}
