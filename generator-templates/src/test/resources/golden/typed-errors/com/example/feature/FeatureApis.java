package com.example.feature;

import com.example.feature.api.WidgetsApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  private final WidgetsApi widgets;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.widgets = factory.create(WidgetsApi.class);
  }

  /** Widgets operations. */
  public WidgetsApi widgets() {
    return widgets;
  }
}
