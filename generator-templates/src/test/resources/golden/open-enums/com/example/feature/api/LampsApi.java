package com.example.feature.api;

import com.example.feature.model.Color;
import com.example.feature.model.Lamp;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Response;
import java.util.List;

/** Lamps operations. */
public interface LampsApi {

  /**
   * List lamps.
   *
   * @param color Filter by color. (optional)
   */
  @RequestLine("GET /lamps?color={color}")
  @Headers({"Accept: application/json"})
  List<Lamp> listLamps(@Param("color") Color color);

  /** Like {@link #listLamps}, with the HTTP status and headers of the response. */
  @RequestLine("GET /lamps?color={color}")
  @Headers({"Accept: application/json"})
  Response<List<Lamp>> listLampsWithResponse(@Param("color") Color color);
}
