package com.example.feature.api;

import com.example.feature.model.Event;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Response;
import java.time.OffsetDateTime;
import java.util.List;

/** Events operations. */
public interface EventsApi {

  /**
   * List events since a time.
   *
   * @param since Lower bound. (optional)
   */
  @RequestLine("GET /events?since={since}")
  @Headers({"Accept: application/json"})
  List<Event> listEvents(@Param("since") OffsetDateTime since);

  /** Like {@link #listEvents}, with the HTTP status and headers of the response. */
  @RequestLine("GET /events?since={since}")
  @Headers({"Accept: application/json"})
  Response<List<Event>> listEventsWithResponse(@Param("since") OffsetDateTime since);
}
