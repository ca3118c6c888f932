package com.example.feature;

import com.example.feature.api.RecordsApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  private final RecordsApi records;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.records = factory.create(RecordsApi.class);
  }

  /** Records operations. */
  public RecordsApi records() {
    return records;
  }
}
