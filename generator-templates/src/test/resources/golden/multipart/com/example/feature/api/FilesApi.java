package com.example.feature.api;

import com.example.feature.model.Token;
import com.example.feature.model.UploadResult;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.OptionalBody;
import io.github.ccsdk.core.Response;
import io.github.ccsdk.core.Upload;
import java.util.Map;

/** Files operations. */
public interface FilesApi {

  /**
   * Free-form form fields become a map.
   *
   * @param arguments Form fields, by name. (optional)
   */
  @OptionalBody
  @RequestLine("POST /click2dial.php")
  @Headers({"Content-Type: application/x-www-form-urlencoded"})
  void clickToDial(Map<String, String> arguments);

  /** Like {@link #clickToDial}, with the HTTP status and headers of the response. */
  @OptionalBody
  @RequestLine("POST /click2dial.php")
  @Headers({"Content-Type: application/x-www-form-urlencoded"})
  Response<Void> clickToDialWithResponse(Map<String, String> arguments);

  /**
   * Form-encoded body.
   *
   * @param email Email. (optional)
   * @param password Password. (optional)
   */
  @RequestLine("POST /token")
  @Headers({"Accept: application/json", "Content-Type: application/x-www-form-urlencoded"})
  Token createToken(@Param("email") String email, @Param("password") String password);

  /** Like {@link #createToken}, with the HTTP status and headers of the response. */
  @RequestLine("POST /token")
  @Headers({"Accept: application/json", "Content-Type: application/x-www-form-urlencoded"})
  Response<Token> createTokenWithResponse(
      @Param("email") String email, @Param("password") String password);

  /**
   * Upload a file.
   *
   * @param file The file.
   * @param note A note. (optional)
   */
  @RequestLine("POST /files")
  @Headers({"Accept: application/json", "Content-Type: multipart/form-data"})
  UploadResult uploadFile(@Param("file") Upload file, @Param("note") String note);

  /** Like {@link #uploadFile}, with the HTTP status and headers of the response. */
  @RequestLine("POST /files")
  @Headers({"Accept: application/json", "Content-Type: multipart/form-data"})
  Response<UploadResult> uploadFileWithResponse(
      @Param("file") Upload file, @Param("note") String note);
}
