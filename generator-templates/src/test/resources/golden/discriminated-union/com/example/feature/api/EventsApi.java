package com.example.feature.api;

import com.example.feature.model.ChatEvent;
import feign.Headers;
import feign.RequestLine;
import io.github.ccsdk.core.Response;
import java.util.List;

/** Events operations. */
public interface EventsApi {

  /** Events of any type. */
  @RequestLine("GET /events")
  @Headers({"Accept: application/json"})
  List<ChatEvent> getEvents();

  /** Like {@link #getEvents}, with the HTTP status and headers of the response. */
  @RequestLine("GET /events")
  @Headers({"Accept: application/json"})
  Response<List<ChatEvent>> getEventsWithResponse();
}
