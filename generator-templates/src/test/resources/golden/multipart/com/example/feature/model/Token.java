package com.example.feature.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.ccsdk.core.JsonField;
import io.github.ccsdk.core.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"access_token", "expires_in"})
@JsonDeserialize(builder = Token.Builder.class)
public final class Token {
  private final JsonField<String> accessToken;
  private final JsonField<Integer> expiresIn;
  private final Map<String, JsonNode> additionalProperties;

  private Token(Builder builder) {
    this.accessToken = builder.accessToken;
    this.expiresIn = builder.expiresIn;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Bearer token; never printed. */
  public Optional<String> accessToken() {
    return accessToken.value();
  }

  /**
   * The {@code access_token} property as received: missing, null, a value, or JSON of another type.
   */
  @JsonProperty("access_token")
  public JsonField<String> _accessToken() {
    return accessToken;
  }

  /** Seconds. */
  public Optional<Integer> expiresIn() {
    return expiresIn.value();
  }

  /**
   * The {@code expires_in} property as received: missing, null, a value, or JSON of another type.
   */
  @JsonProperty("expires_in")
  public JsonField<Integer> _expiresIn() {
    return expiresIn;
  }

  /** Properties the spec does not declare, kept as they came. */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.accessToken = accessToken;
    builder.expiresIn = expiresIn;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Token)) {
      return false;
    }
    Token other = (Token) o;
    return accessToken.equals(other.accessToken)
        && expiresIn.equals(other.expiresIn)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, expiresIn, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("Token")
        .secret("access_token", accessToken)
        .add("expires_in", expiresIn)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link Token}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> accessToken = JsonField.missing();
    private JsonField<Integer> expiresIn = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Bearer token; never printed. */
    public Builder accessToken(String accessToken) {
      this.accessToken = JsonField.of(accessToken);
      return this;
    }

    /** Sets {@code access_token} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("access_token")
    public Builder _accessToken(JsonField<String> accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken == null");
      return this;
    }

    /** Seconds. */
    public Builder expiresIn(Integer expiresIn) {
      this.expiresIn = JsonField.of(expiresIn);
      return this;
    }

    /** Sets {@code expires_in} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("expires_in")
    public Builder _expiresIn(JsonField<Integer> expiresIn) {
      this.expiresIn = Objects.requireNonNull(expiresIn, "expiresIn == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public Token build() {
      return new Token(this);
    }
  }
}
