package com.example.feature.api;

import com.example.feature.model.Widget;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Response;

/** Widgets operations. */
public interface WidgetsApi {

  /**
   * Get a widget.
   *
   * @param id Id.
   */
  @RequestLine("GET /widgets/{id}")
  @Headers({"Accept: application/json"})
  Widget getWidget(@Param("id") Long id);

  /** Like {@link #getWidget}, with the HTTP status and headers of the response. */
  @RequestLine("GET /widgets/{id}")
  @Headers({"Accept: application/json"})
  Response<Widget> getWidgetWithResponse(@Param("id") Long id);
}
