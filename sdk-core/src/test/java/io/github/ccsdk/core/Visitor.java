package io.github.ccsdk.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.ccsdk.core.spi.Models;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A model written by hand exactly as the generator writes one. */
// As generated models do: properties in spec order, whatever order reflection lists methods in.
@JsonPropertyOrder({"id", "name", "visits", "status", "last_seen", "tags", "password"})
@JsonDeserialize(builder = Visitor.Builder.class)
public final class Visitor {
  private final JsonField<UUID> id;
  private final JsonField<String> name;
  private final JsonField<Integer> visits;
  private final JsonField<VisitorStatus> status;
  private final JsonField<OffsetDateTime> lastSeen;
  private final JsonField<List<String>> tags;
  private final JsonField<String> password;
  private final Map<String, JsonNode> additionalProperties;

  private Visitor(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.visits = builder.visits;
    this.status = builder.status;
    this.lastSeen = builder.lastSeen;
    this.tags = builder.tags;
    this.password = builder.password;
    this.additionalProperties = Models.immutable(builder.additionalProperties);
  }

  public UUID id() {
    return id.required("id");
  }

  @JsonProperty("id")
  public JsonField<UUID> _id() {
    return id;
  }

  public Optional<String> name() {
    return name.value();
  }

  @JsonProperty("name")
  public JsonField<String> _name() {
    return name;
  }

  public Optional<Integer> visits() {
    return visits.value();
  }

  @JsonProperty("visits")
  public JsonField<Integer> _visits() {
    return visits;
  }

  public Optional<VisitorStatus> status() {
    return status.value();
  }

  @JsonProperty("status")
  public JsonField<VisitorStatus> _status() {
    return status;
  }

  public Optional<OffsetDateTime> lastSeen() {
    return lastSeen.value();
  }

  @JsonProperty("last_seen")
  public JsonField<OffsetDateTime> _lastSeen() {
    return lastSeen;
  }

  public Optional<List<String>> tags() {
    return tags.value();
  }

  @JsonProperty("tags")
  public JsonField<List<String>> _tags() {
    return tags;
  }

  public Optional<String> password() {
    return password.value();
  }

  @JsonProperty("password")
  public JsonField<String> _password() {
    return password;
  }

  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.name = name;
    builder.visits = visits;
    builder.status = status;
    builder.lastSeen = lastSeen;
    builder.tags = tags;
    builder.password = password;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Visitor)) {
      return false;
    }
    Visitor other = (Visitor) o;
    return id.equals(other.id)
        && name.equals(other.name)
        && visits.equals(other.visits)
        && status.equals(other.status)
        && lastSeen.equals(other.lastSeen)
        && tags.equals(other.tags)
        && password.equals(other.password)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, visits, status, lastSeen, tags, password, additionalProperties);
  }

  @Override
  public String toString() {
    return Models.toString("Visitor")
        .add("id", id)
        .add("name", name)
        .add("visits", visits)
        .add("status", status)
        .add("last_seen", lastSeen)
        .add("tags", tags)
        .secret("password", password)
        .add(additionalProperties)
        .toString();
  }

  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private JsonField<UUID> id = JsonField.missing();
    private JsonField<String> name = JsonField.missing();
    private JsonField<Integer> visits = JsonField.missing();
    private JsonField<VisitorStatus> status = JsonField.missing();
    private JsonField<OffsetDateTime> lastSeen = JsonField.missing();
    private JsonField<List<String>> tags = JsonField.missing();
    private JsonField<String> password = JsonField.missing();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    public Builder id(UUID id) {
      this.id = JsonField.of(id);
      return this;
    }

    @JsonProperty("id")
    public Builder id(JsonField<UUID> id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    public Builder name(String name) {
      this.name = JsonField.ofNullable(name);
      return this;
    }

    @JsonProperty("name")
    public Builder name(JsonField<String> name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    public Builder visits(Integer visits) {
      this.visits = JsonField.of(visits);
      return this;
    }

    @JsonProperty("visits")
    public Builder visits(JsonField<Integer> visits) {
      this.visits = Objects.requireNonNull(visits, "visits == null");
      return this;
    }

    public Builder status(VisitorStatus status) {
      this.status = JsonField.of(status);
      return this;
    }

    @JsonProperty("status")
    public Builder status(JsonField<VisitorStatus> status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    public Builder lastSeen(OffsetDateTime lastSeen) {
      this.lastSeen = JsonField.of(lastSeen);
      return this;
    }

    @JsonProperty("last_seen")
    public Builder lastSeen(JsonField<OffsetDateTime> lastSeen) {
      this.lastSeen = Objects.requireNonNull(lastSeen, "lastSeen == null");
      return this;
    }

    public Builder tags(List<String> tags) {
      this.tags = JsonField.of(tags);
      return this;
    }

    @JsonProperty("tags")
    public Builder tags(JsonField<List<String>> tags) {
      this.tags = Objects.requireNonNull(tags, "tags == null");
      return this;
    }

    public Builder password(String password) {
      this.password = JsonField.of(password);
      return this;
    }

    @JsonProperty("password")
    public Builder password(JsonField<String> password) {
      this.password = Objects.requireNonNull(password, "password == null");
      return this;
    }

    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    public Visitor build() {
      return new Visitor(this);
    }
  }
}
