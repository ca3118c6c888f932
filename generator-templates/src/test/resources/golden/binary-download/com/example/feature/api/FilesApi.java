package com.example.feature.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Download;
import io.github.ccsdk.core.Response;

/** Files operations. */
public interface FilesApi {

  /**
   * Download a file.
   *
   * <p>Streams the file; never buffered.
   *
   * @param chatId Chat.
   * @param fileId File.
   */
  @RequestLine("GET /chats/{chatId}/files/{fileId}")
  @Headers({"Accept: application/octet-stream"})
  Download getFile(@Param("chatId") String chatId, @Param("fileId") String fileId);

  /** Like {@link #getFile}, with the HTTP status and headers of the response. */
  @RequestLine("GET /chats/{chatId}/files/{fileId}")
  @Headers({"Accept: application/octet-stream"})
  Response<Download> getFileWithResponse(
      @Param("chatId") String chatId, @Param("fileId") String fileId);
}
