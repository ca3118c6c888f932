package com.example.feature;

import com.example.feature.api.LampsApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  private final LampsApi lamps;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.lamps = factory.create(LampsApi.class);
  }

  /** Lamps operations. */
  public LampsApi lamps() {
    return lamps;
  }
}
