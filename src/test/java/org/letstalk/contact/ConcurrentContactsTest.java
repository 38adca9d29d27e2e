package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.contact.ContactFixtures.freshNhsNumber;
import static org.letstalk.contact.ContactFixtures.newContact;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two contacts about one person arriving and decided at the same moment: one person, one involvement; a request
 * that loses the race is told so (409, never 500), stores nothing, and succeeds when sent again.
 */
@PostgresTest
class ConcurrentContactsTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  ContactRepository contacts;

  @Autowired
  InvolvementRepository involvements;

  @Autowired
  RuntimeService runtime;

  @Test
  void twoContactsAboutOneNewPersonAtOnceMakeOnePerson() {
    String nhs = freshNhsNumber();
    Map<String, Object> contact = with(newContact(), "nhsNumber", nhs);

    List<ResponseEntity<Map<String, Object>>> answers = atOnce(2, n -> post("frontdoor", "/api/contacts", contact));

    assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode()).as("%s", a.getBody())
        .isIn(HttpStatus.CREATED, HttpStatus.CONFLICT));
    for (ResponseEntity<Map<String, Object>> answer : answers) {
      if (answer.getStatusCode() == HttpStatus.CONFLICT) {
        assertThat((String) answer.getBody().get("message")).contains("send it again");
        assertThat(post("frontdoor", "/api/contacts", contact).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      }
    }
    UUID person = people.findByNhsNumber(nhs).orElseThrow().getId();
    assertThat(contacts.findByPersonIdOrderByArrivedAt(person)).hasSize(2);
  }

  @Test
  void twoContactsAboutOnePersonDecidedAtOnceOpenOneInvolvement() {
    String nhs = freshNhsNumber();
    List<String> tasks = Arrays.asList(firstTask(with(newContact(), "nhsNumber", nhs)),
        firstTask(with(newContact(), "nhsNumber", nhs, "givenName", "Art")));
    Map<String, Object> newCase = Map.of("variables", Map.of("outcome", Map.of("value", "NEW_CASE"),
        "outcomeReason", Map.of("value", "Needs a conversation"), "allocation", Map.of("value", "NAMED_WORKER"),
        "allocatedWorker", Map.of("value", "practitioner")));

    List<ResponseEntity<Map<String, Object>>> answers = atOnce(2,
        n -> post("frontdoor", "/engine-rest/task/" + tasks.get(n) + "/submit-form", newCase));

    for (int n = 0; n < 2; n++) {
      ResponseEntity<Map<String, Object>> answer = answers.get(n);
      assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isIn(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
      if (answer.getStatusCode() == HttpStatus.CONFLICT) {
        assertThat(post("frontdoor", "/engine-rest/task/" + tasks.get(n) + "/submit-form", newCase)
            .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      }
    }
    UUID person = people.findByNhsNumber(nhs).orElseThrow().getId();
    assertThat(involvements.findByPersonIdOrderByStartedAt(person))
        .singleElement().satisfies(i -> assertThat(i.getStatus()).isEqualTo(InvolvementStatus.OPEN));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(person.toString()).count()).isOne();
    assertThat(contacts.findByPersonIdOrderByArrivedAt(person)).allSatisfy(c -> assertThat(c.getOutcome()).isNotNull());
  }

  private String firstTask(Map<String, Object> contact) {
    ResponseEntity<Map<String, Object>> created = post("frontdoor", "/api/contacts", contact);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> next = (List<Map<String, Object>>) created.getBody().get("nextTasks");
    return (String) next.get(0).get("id");
  }

  /** {@code count} requests released together; the answers in order. */
  private static List<ResponseEntity<Map<String, Object>>> atOnce(int count,
      IntFunction<ResponseEntity<Map<String, Object>>> request) {
    CyclicBarrier start = new CyclicBarrier(count);
    List<CompletableFuture<ResponseEntity<Map<String, Object>>>> sent = java.util.stream.IntStream.range(0, count)
        .mapToObj(n -> CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return request.apply(n);
        }, runnable -> new Thread(runnable).start()))
        .toList();
    return sent.stream().map(CompletableFuture::join).toList();
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
