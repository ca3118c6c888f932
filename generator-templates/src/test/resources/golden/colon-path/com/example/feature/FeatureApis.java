package com.example.feature;

import com.example.feature.api.ChannelAccountsApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  private final ChannelAccountsApi channelAccounts;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.channelAccounts = factory.create(ChannelAccountsApi.class);
  }

  /** ChannelAccounts operations. */
  public ChannelAccountsApi channelAccounts() {
    return channelAccounts;
  }
}
