package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.contact.ContactFixtures.newContact;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who did what is whoever did it, never a value sent with a start: a practitioner starting a process through the
 * engine could once send {@code completedBy} or {@code allocatedWorker} beside the start form's fields, and the case
 * recorded them as sent.
 */
@PostgresTest
class StartFieldsTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final String ENGINE = "/engine-rest/process-definition/key/new-contact/";
  private static final String TASKLIST = "/camunda/api/engine/engine/default/process-definition/key/new-contact/";
  private static final ObjectMapper JSON_TEXT = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ContactRepository contacts;

  @Autowired
  HistoryService history;

  @Test
  void aStartCarryingAVariableNotOnTheStartFormIsRefusedNamingEachAndNothingStarts() throws Exception {
    for (String path : List.of(ENGINE + "start", ENGINE + "submit-form", TASKLIST + "submit-form")) {
      Map<String, Object> forged = variables(newContact());
      forged.put("completedBy", Map.of("value", "practitioner2"));
      forged.put("allocatedWorker", Map.of("value", "practitioner2"));
      long started = startedContacts();
      long recorded = contacts.count();

      ResponseEntity<Map<String, Object>> refused = post("practitioner", path, Map.of("variables", forged));

      assertThat(refused.getStatusCode().value()).as(path).isEqualTo(400);
      assertThat(refused.getBody().get("problems")).as(path).asList().extracting("field")
          .containsExactlyInAnyOrder("completedBy", "allocatedWorker");
      assertThat(startedContacts()).as(path + " starts nothing").isEqualTo(started);
      assertThat(contacts.count()).as(path + " records nothing").isEqualTo(recorded);
    }
  }

  @Test
  void aProcessWithNoStartFormIsStartedWithNoValuesAndOnlyAtItsBeginning() throws Exception {
    ResponseEntity<Map<String, Object>> withValues = post("practitioner",
        "/engine-rest/process-definition/key/lets-talk-1/start",
        Map.of("variables", Map.of("conversationHeldBy", Map.of("value", "practitioner"))));
    assertThat(withValues.getStatusCode().value()).isEqualTo(400);
    assertThat(withValues.getBody().get("problems")).asList().extracting("field").containsExactly("conversationHeldBy");

    ResponseEntity<Map<String, Object>> midway = post("practitioner", ENGINE + "start", Map.of("startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "StartEvent_ContactFromAnotherSystem"))));
    assertThat(midway.getStatusCode().value()).isEqualTo(400);
    assertThat(midway.getBody().get("problems")).asList().extracting("field").containsExactly("startInstructions");
  }

  @Test
  void aStartFromTheStartFormStillWorksThroughTheEngineApiAndTasklist() throws Exception {
    for (String path : List.of(ENGINE + "submit-form", TASKLIST + "submit-form")) {
      long recorded = contacts.count();

      ResponseEntity<Map<String, Object>> started = post("practitioner", path,
          Map.of("variables", variables(newContact())));

      assertThat(started.getStatusCode().value()).as(path + ": " + started.getBody()).isEqualTo(200);
      assertThat(contacts.count()).as(path).isEqualTo(recorded + 1);
    }
  }

  private long startedContacts() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("new-contact").count();
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  /** Tasklist's engine API answers a signed-in browser session only. */
  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) throws Exception {
    if (path.startsWith("/camunda/")) {
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> signedIn = browser.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(browser))
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
      browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> answer = browser.send(request(path).header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", xsrf(browser))
          .POST(HttpRequest.BodyPublishers.ofString(JSON_TEXT.writeValueAsString(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      @SuppressWarnings("unchecked")
      Map<String, Object> read = answer.body().isBlank() ? Map.of() : JSON_TEXT.readValue(answer.body(), Map.class);
      return ResponseEntity.status(answer.statusCode()).body(read);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
  }

  private static String xsrf(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
  }
}
