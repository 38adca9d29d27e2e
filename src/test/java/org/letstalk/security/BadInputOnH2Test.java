package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link BadInputTest}'s values, sent to the writing endpoints of the embedded default on H2, which stores a NUL
 * that PostgreSQL refuses: every one is still refused with a 4xx naming the field, and nothing is stored. The
 * refusal must not depend on the database underneath. Same context as {@code EmbeddedDefaultTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:embedded-default;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=embeddedDefault"})
@ActiveProfiles("test")
class BadInputOnH2Test {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtime;

  record Endpoint(String name, String path, Supplier<Map<String, Object>> valid, List<String> freeText) {
  }

  @TestFactory
  Stream<DynamicTest> everyFieldRefusesWhatNoFieldTakesOnH2Too() {
    List<Endpoint> endpoints = List.of(
        new Endpoint("new contact", "/api/contacts", BadInputTest::contact,
            List.of("presentingNeed", "givenName", "familyName")),
        new Endpoint("safeguarding concern", "/api/safeguarding-concerns", BadInputTest::concern,
            List.of("personName", "reportedBy", "concernDescription")));
    return endpoints.stream().map(endpoint -> dynamicTest(endpoint.name(), () -> {
      for (String field : endpoint.valid().get().keySet()) {
        Map<String, Object> values = new LinkedHashMap<>(BadInputTest.NEVER_VALID);
        if (!endpoint.freeText().contains(field)) {
          BadInputTest.INJECTION.forEach(value -> values.put(value, value));
        }
        values.forEach((kind, value) -> {
          Map<String, Long> before = rowCounts();
          Map<String, Object> body = new HashMap<>(endpoint.valid().get());
          body.put(field, value);
          ResponseEntity<Map<String, Object>> answer = post(endpoint.path(), body);
          assertThat(answer.getStatusCode().value()).as(endpoint.name() + " " + field + " " + kind).isBetween(400, 499);
          if (kind.contains("character")) {
            assertThat(String.valueOf(answer.getBody())).as(endpoint.name() + " names " + field).contains(field);
          }
          assertThat(rowCounts()).as(endpoint.name() + " " + field + " " + kind + " stores nothing").isEqualTo(before);
        });
      }
    }));
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("person", "contact", "safeguarding_concern")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("process instances", runtime.createProcessInstanceQuery().count());
    return counts;
  }

  private ResponseEntity<Map<String, Object>> post(String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("frontdoor", "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        JSON);
  }
}
