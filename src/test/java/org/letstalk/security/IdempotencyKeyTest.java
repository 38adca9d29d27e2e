package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client that resends {@code POST /api/contacts} or {@code POST /api/safeguarding-concerns} after a lost answer used
 * to make a second contact; with the same Idempotency-Key it gets the first answer, and a different body under the
 * same key is a 422.
 */
@PostgresTest
class IdempotencyKeyTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aResentContactGetsTheFirstAnswerAndMakesNoSecondContact() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> contact = BadInputTest.contact();
    String familyName = (String) contact.get("familyName");

    ResponseEntity<String> first = post("frontdoor", "/api/contacts", key, contact);
    ResponseEntity<String> again = post("frontdoor", "/api/contacts", key, contact);

    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
    assertThat(again.getStatusCode().value()).isEqualTo(201);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(people(familyName)).isOne();

    Map<String, Object> other = BadInputTest.contact();
    ResponseEntity<String> reused = post("frontdoor", "/api/contacts", key, other);
    assertThat(reused.getStatusCode().value()).isEqualTo(422);
    assertThat(people((String) other.get("familyName"))).isZero();

    assertThat(post("frontdoor", "/api/contacts", UUID.randomUUID().toString(), contact).getStatusCode().value())
        .as("a new key is a new request").isEqualTo(201);
  }

  @Test
  void aResentConcernGetsTheFirstAnswerAndARefusedOneMayBeCorrected() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> concern = BadInputTest.concern();
    String personName = (String) concern.get("personName");
    Map<String, Object> withoutDescription = new java.util.HashMap<>(concern);
    withoutDescription.remove("concernDescription");

    assertThat(post("frontdoor", "/api/safeguarding-concerns", key, withoutDescription).getStatusCode().value())
        .isEqualTo(400);
    ResponseEntity<String> first = post("frontdoor", "/api/safeguarding-concerns", key, concern);
    ResponseEntity<String> again = post("frontdoor", "/api/safeguarding-concerns", key, concern);

    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(jdbc.queryForObject("select count(*) from safeguarding_concern where person_name = ?", Long.class,
        personName)).isOne();
    assertThat(post("frontdoor", "/api/safeguarding-concerns", key, BadInputTest.concern()).getStatusCode().value())
        .isEqualTo(422);
    assertThat(post("practitioner", "/api/safeguarding-concerns", key, concern).getStatusCode().value())
        .as("keys are each user's own").isEqualTo(201);
  }

  private long people(String familyName) {
    return jdbc.queryForObject("select count(*) from person where family_name = ?", Long.class, familyName);
  }

  private ResponseEntity<String> post(String user, String path, String key, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }
}
