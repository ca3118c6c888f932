package com.example.feature;

import com.example.feature.api.EventsApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  private final EventsApi events;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.events = factory.create(EventsApi.class);
  }

  /** Events operations. */
  public EventsApi events() {
    return events;
  }
}
