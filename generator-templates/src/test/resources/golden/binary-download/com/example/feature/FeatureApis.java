package com.example.feature;

import com.example.feature.api.FilesApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  private final FilesApi files;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.files = factory.create(FilesApi.class);
  }

  /** Files operations. */
  public FilesApi files() {
    return files;
  }
}
