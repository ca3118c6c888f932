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

/** A person; `nickname` may be sent as null to clear it, or left out to keep it. */
// Only the declared JSON accessors count: a Java getter such as isDefault() is not a property.
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"name", "nickname", "age"})
@JsonDeserialize(builder = Person.Builder.class)
public final class Person {
  private final JsonField<String> name;
  private final JsonField<String> nickname;
  private final JsonField<Integer> age;
  private final Map<String, JsonNode> additionalProperties;

  private Person(Builder builder) {
    this.name = builder.name;
    this.nickname = builder.nickname;
    this.age = builder.age;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  /** Required and not nullable. */
  public String name() {
    return name.required("name");
  }

  /** The {@code name} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("name")
  public JsonField<String> _name() {
    return name;
  }

  /** Optional and nullable. */
  public Optional<String> nickname() {
    return nickname.value();
  }

  /** The {@code nickname} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("nickname")
  public JsonField<String> _nickname() {
    return nickname;
  }

  /** Optional, not nullable. */
  public Optional<Integer> age() {
    return age.value();
  }

  /** The {@code age} property as received: missing, null, a value, or JSON of another type. */
  @JsonProperty("age")
  public JsonField<Integer> _age() {
    return age;
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
    builder.name = name;
    builder.nickname = nickname;
    builder.age = age;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Person)) {
      return false;
    }
    Person other = (Person) o;
    return name.equals(other.name)
        && nickname.equals(other.nickname)
        && age.equals(other.age)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, nickname, age, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("Person")
        .add("name", name)
        .add("nickname", nickname)
        .add("age", age)
        .add(additionalProperties)
        .toString();
  }

  /** Builds {@link Person}; properties left unset are absent from the JSON. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<String> name = JsonField.missing();
    private JsonField<String> nickname = JsonField.missing();
    private JsonField<Integer> age = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Required and not nullable. */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /** Sets {@code name} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("name")
    public Builder _name(JsonField<String> name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** Optional and nullable. */
    public Builder nickname(String nickname) {
      this.nickname = JsonField.ofNullable(nickname);
      return this;
    }

    /** Sets {@code nickname} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("nickname")
    public Builder _nickname(JsonField<String> nickname) {
      this.nickname = Objects.requireNonNull(nickname, "nickname == null");
      return this;
    }

    /** Optional, not nullable. */
    public Builder age(Integer age) {
      this.age = JsonField.of(age);
      return this;
    }

    /** Sets {@code age} to exactly this JSON state (missing, null, value or raw JSON). */
    @JsonProperty("age")
    public Builder _age(JsonField<Integer> age) {
      this.age = Objects.requireNonNull(age, "age == null");
      return this;
    }

    /** Adds a property the spec does not declare. */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public Person build() {
      return new Person(this);
    }
  }
}
