package io.github.ccsdk.generator;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import org.openapitools.codegen.OpenAPINormalizer;

/**
 * Applies {@link SdkView} first of all, before the stock normalizer and the inline-model resolver:
 * that resolver would otherwise turn the members of an {@code anyOf} into models of their own. The
 * generator names this class as its normalizer ({@code NORMALIZER_CLASS}); OpenAPI Generator calls
 * it through this constructor.
 */
public final class SdkViewNormalizer extends OpenAPINormalizer {
  private final OpenAPI spec;

  public SdkViewNormalizer(OpenAPI openAPI, Map<String, String> rules) {
    super(openAPI, rules);
    this.spec = openAPI;
  }

  @Override
  protected void normalize() {
    SdkView.apply(spec);
    super.normalize();
  }
}
