package com.example.feature.api;

import com.example.feature.model.Code;
import com.example.feature.model.CodeInput;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.OptionalBody;
import io.github.ccsdk.core.Response;
import java.util.List;

/** Codes operations. */
public interface CodesApi {

  /**
   * Create outcome codes.
   *
   * @param codeInput (optional)
   */
  @OptionalBody
  @RequestLine("POST /database.php?method=outcomecodes&action=create")
  @Headers({"Content-Type: application/json"})
  void createOutcomeCodes(List<CodeInput> codeInput);

  /** Like {@link #createOutcomeCodes}, with the HTTP status and headers of the response. */
  @OptionalBody
  @RequestLine("POST /database.php?method=outcomecodes&action=create")
  @Headers({"Content-Type: application/json"})
  Response<Void> createOutcomeCodesWithResponse(List<CodeInput> codeInput);

  /**
   * Read outcome codes (the SDK's form).
   *
   * @param campaign Campaign id; a numeric string is accepted too. (optional)
   */
  @RequestLine("GET /database.php?method=outcomecodes&action=read&campaign={campaign}")
  @Headers({"Accept: application/json"})
  Code readOutcomeCodes(@Param("campaign") Long campaign);

  /** Like {@link #readOutcomeCodes}, with the HTTP status and headers of the response. */
  @RequestLine("GET /database.php?method=outcomecodes&action=read&campaign={campaign}")
  @Headers({"Accept: application/json"})
  Response<Code> readOutcomeCodesWithResponse(@Param("campaign") Long campaign);
}
