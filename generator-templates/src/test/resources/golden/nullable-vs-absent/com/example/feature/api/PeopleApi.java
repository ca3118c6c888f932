package com.example.feature.api;

import com.example.feature.model.Person;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.ccsdk.core.Response;

/** People operations. */
public interface PeopleApi {

  /**
   * Update a person.
   *
   * @param id Id.
   * @param person
   */
  @RequestLine("PUT /people/{id}")
  @Headers({"Accept: application/json", "Content-Type: application/json"})
  Person updatePerson(@Param("id") String id, Person person);

  /** Like {@link #updatePerson}, with the HTTP status and headers of the response. */
  @RequestLine("PUT /people/{id}")
  @Headers({"Accept: application/json", "Content-Type: application/json"})
  Response<Person> updatePersonWithResponse(@Param("id") String id, Person person);
}
