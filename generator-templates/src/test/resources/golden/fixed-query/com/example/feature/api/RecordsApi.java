package com.example.feature.api;

import com.example.feature.model.RecordInput;
import com.example.feature.model.RecordList;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.ClientParameters;
import io.github.ccsdk.core.OptionalBody;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.Unauthenticated;
import java.util.List;

/** Records operations. */
public interface RecordsApi {

  /**
   * Create records.
   *
   * @param recordInput (optional)
   */
  @Unauthenticated
  @OptionalBody
  @ClientParameters(query = {"format"})
  @RequestLine("POST /ecnow.php?method=ecnow_records&action=create")
  @Headers({"Content-Type: application/json"})
  void createRecords(List<RecordInput> recordInput);

  /** Like {@link #createRecords}, with the HTTP status and headers of the response. */
  @Unauthenticated
  @OptionalBody
  @ClientParameters(query = {"format"})
  @RequestLine("POST /ecnow.php?method=ecnow_records&action=create")
  @Headers({"Content-Type: application/json"})
  Response<Void> createRecordsWithResponse(List<RecordInput> recordInput);

  /**
   * Read records.
   *
   * @param table Campaign table.
   */
  @ClientParameters(query = {"format"})
  @RequestLine("GET /ecnow.php?method=ecnow_records&action=read&raw=1&table={table}")
  @Headers({"Accept: application/json"})
  RecordList readRecords(@Param("table") String table);

  /** Like {@link #readRecords}, with the HTTP status and headers of the response. */
  @ClientParameters(query = {"format"})
  @RequestLine("GET /ecnow.php?method=ecnow_records&action=read&raw=1&table={table}")
  @Headers({"Accept: application/json"})
  Response<RecordList> readRecordsWithResponse(@Param("table") String table);
}
