package org.letstalk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Teams are data that service managers and process owners edit, not code. */
@PostgresTest
class TeamApiTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  Teams teams;

  @Autowired
  IdentityService identity;

  @Test
  void aServiceManagerDefinesATeamAndMovesAWorkerIntoIt() {
    String name = "Hospital discharge " + ThreadLocalRandom.current().nextInt(1_000_000);
    ResponseEntity<Map<String, Object>> created = post("servicemanager", "/api/teams",
        Map.of("name", name, "managerUserId", "teammanager2", "serviceManagerUserId", "servicemanager"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String teamId = (String) created.getBody().get("id");

    String worker = "worker-" + ThreadLocalRandom.current().nextInt(1_000_000);
    identity.saveUser(identity.newUser(worker));

    ResponseEntity<Map<String, Object>> joined = post("processowner", "/api/teams/" + teamId + "/members",
        Map.of("workerUserId", worker));

    assertThat(joined.getBody()).containsEntry("members", List.of(worker));
    assertThat(teams.teamOf(worker)).get().extracting(Team::getName).isEqualTo(name);
  }

  @Test
  void practitionersCannotEditTeamsAndUnknownUsersAreRefused() {
    assertThat(post("practitioner", "/api/teams", Map.of("name", "Mine", "managerUserId", "practitioner"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> unknown = post("servicemanager", "/api/teams",
        Map.of("name", "Ghosts", "managerUserId", "nobody-at-all"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).containsEntry("field", "managerUserId");
    assertThat(teams.all()).extracting(Team::getName).doesNotContain("Mine", "Ghosts");
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
