package com.example.feature;

import com.example.feature.api.CodesApi;
import io.github.ccsdk.core.ApiFactory;
import java.util.Objects;

/** The APIs of Feature, one per tag of the spec; a client extends this to offer them. */
public abstract class FeatureApis {
  /** The version of this SDK. */
  public static final String SDK_VERSION = "1.2.0-golden";

  /**
   * The {@code info.version} of the spec this SDK was generated from, {@code
   * scalar-alternatives.yaml}.
   */
  public static final String SPEC_VERSION = "1.0.0";

  /** The SDK's User-Agent, {@value}: its name and version, then the spec's version. */
  public static final String USER_AGENT = "ccsdk-feature/1.2.0-golden (spec 1.0.0)";

  private final CodesApi codes;

  protected FeatureApis(ApiFactory factory) {
    Objects.requireNonNull(factory, "factory == null");
    this.codes = factory.create(CodesApi.class);
  }

  /** Codes operations. */
  public CodesApi codes() {
    return codes;
  }
}
