package io.github.ccsdk.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ccsdk.benchmarks.stock.ApiClient;
import io.github.ccsdk.benchmarks.stock.api.VisitorsApi;
import io.github.ccsdk.benchmarks.stock.model.VisitorStatus;
import java.io.IOException;

/** The stock OpenAPI Generator java/feign client of comm100.yaml, as a user would set it up. */
final class StockClient {
  private StockClient() {}

  static VisitorsApi visitors(String baseUrl, String email, String key) {
    ApiClient client = new ApiClient("basicAuth");
    client.setCredentials(email, key);
    client.setBasePath(baseUrl);
    // The spec's open enum (a string that may hold values the enum does not list) becomes an
    // empty VisitorStatus class that Jackson cannot read from "chatting": every call would fail.
    // A user of the stock client needs this fix too; it reads the value into that empty class.
    client
        .getObjectMapper()
        .registerModule(new SimpleModule().addDeserializer(VisitorStatus.class, new EmptyStatus()));
    return client.buildClient(VisitorsApi.class);
  }

  /** Reads any JSON value as the (field-less) stock VisitorStatus. */
  static final class EmptyStatus extends StdDeserializer<VisitorStatus> {
    private static final long serialVersionUID = 1L;

    EmptyStatus() {
      super(VisitorStatus.class);
    }

    @Override
    public VisitorStatus deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      p.skipChildren();
      return new VisitorStatus();
    }
  }
}
