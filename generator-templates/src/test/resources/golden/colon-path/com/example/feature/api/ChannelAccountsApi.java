package com.example.feature.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Response;
import java.util.UUID;

/** ChannelAccounts operations. */
public interface ChannelAccountsApi {

  /**
   * Enable the bot.
   *
   * <p>A custom method after a colon.
   *
   * @param id Id of the account.
   * @param userAgent Client name. (optional)
   */
  @RequestLine("POST /v4/ticketing/channelAccounts/{id}:enableBot")
  @Headers({"User-Agent: {userAgent}"})
  void enableChannelAccountBot(@Param("id") UUID id, @Param("userAgent") String userAgent);

  /** Like {@link #enableChannelAccountBot}, with the HTTP status and headers of the response. */
  @RequestLine("POST /v4/ticketing/channelAccounts/{id}:enableBot")
  @Headers({"User-Agent: {userAgent}"})
  Response<Void> enableChannelAccountBotWithResponse(
      @Param("id") UUID id, @Param("userAgent") String userAgent);
}
