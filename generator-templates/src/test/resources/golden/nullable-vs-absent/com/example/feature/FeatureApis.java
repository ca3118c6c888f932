package com.example.feature;

import com.example.feature.api.PeopleApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  private final PeopleApi people;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.people = factory.create(PeopleApi.class);
  }

  /** People operations. */
  public PeopleApi people() {
    return people;
  }
}
