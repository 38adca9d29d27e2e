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
  void aServiceManagerDefinesATeamAndPutsAWorkerInIt() {
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
    assertThat(teams.onlyTeamOf(worker)).get().extracting(Team::getName).isEqualTo(name);
  }

  /** A worker in two teams sees both queues; taken out of one, or moved, the engine's groups follow at once. */
  @Test
  void membersAreAddedRemovedAndMovedInOnePlaceAndTheQueuesFollow() {
    String tag = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    String first = (String) post("servicemanager", "/api/teams",
        Map.of("name", "Reablement " + tag, "managerUserId", "teammanager")).getBody().get("id");
    ResponseEntity<Map<String, Object>> second = post("servicemanager", "/api/teams",
        Map.of("name", "Hospital discharge " + tag, "managerUserId", "teammanager2"));
    String secondId = (String) second.getBody().get("id");
    String secondQueue = (String) second.getBody().get("groupId");
    assertThat(secondQueue).isEqualTo("team-hospital-discharge-" + tag);
    String worker = "worker-" + tag;
    identity.saveUser(identity.newUser(worker));

    post("servicemanager", "/api/teams/" + first + "/members", Map.of("workerUserId", worker));
    post("servicemanager", "/api/teams/" + secondId + "/members", Map.of("workerUserId", worker, "manages", true));
    assertThat(teams.teamsOf(worker)).extracting(Team::getName)
        .containsExactly("Reablement " + tag, "Hospital discharge " + tag);
    assertThat(groupsOf(worker)).contains("team-reablement-" + tag, secondQueue, secondQueue + "-managers");
    assertThat(groupsOf("teammanager2")).as("a manager sees the team's queue and decides its requests")
        .contains(secondQueue, secondQueue + "-managers");

    ResponseEntity<Map<String, Object>> removed = http.withBasicAuth("servicemanager", "demo").exchange(
        "/api/teams/" + secondId + "/members/" + worker, HttpMethod.DELETE, null, JSON);
    assertThat(removed.getBody()).containsEntry("members", List.of()).containsEntry("managers", List.of("teammanager2"));
    assertThat(groupsOf(worker)).contains("team-reablement-" + tag).doesNotContain(secondQueue, secondQueue + "-managers");

    ResponseEntity<Map<String, Object>> moved = post("processowner",
        "/api/teams/" + first + "/members/" + worker + "/move", Map.of("toTeamId", secondId));
    assertThat(moved.getBody()).containsEntry("members", List.of(worker));
    assertThat(teams.teamsOf(worker)).extracting(Team::getName).containsExactly("Hospital discharge " + tag);
    assertThat(groupsOf(worker)).contains(secondQueue).doesNotContain("team-reablement-" + tag);

    ResponseEntity<Map<String, Object>> notThere = http.withBasicAuth("servicemanager", "demo").exchange(
        "/api/teams/" + first + "/members/" + worker, HttpMethod.DELETE, null, JSON);
    assertThat(notThere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
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

  /** One team holds each of the council's duties; giving it to another takes it from the first. */
  @Test
  void aServiceManagerGivesATeamTheCarersCentresDutyAndItLeavesTheTeamThatHadIt() {
    Team before = teams.withDuty(TeamDuty.CARERS_CENTRE).orElseThrow();
    String teamId = (String) post("servicemanager", "/api/teams", Map.of("name", "Carers north "
        + ThreadLocalRandom.current().nextInt(1_000_000), "managerUserId", "teammanager")).getBody().get("id");
    try {
      assertThat(put("practitioner", "/api/teams/" + teamId + "/duties/CARERS_CENTRE").getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<Map<String, Object>> unknown = put("servicemanager", "/api/teams/" + teamId + "/duties/LUNCH");
      assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(String.valueOf(unknown.getBody())).contains("duty").contains("carers' centre");
      assertThat(teams.withDuty(TeamDuty.CARERS_CENTRE)).get().extracting(Team::getId).isEqualTo(before.getId());

      ResponseEntity<Map<String, Object>> given = put("servicemanager",
          "/api/teams/" + teamId + "/duties/CARERS_CENTRE");

      assertThat(given.getStatusCode()).as(String.valueOf(given.getBody())).isEqualTo(HttpStatus.OK);
      assertThat(String.valueOf(given.getBody().get("duties"))).isEqualTo("[CARERS_CENTRE]");
      assertThat(teams.withDuty(TeamDuty.CARERS_CENTRE)).get().extracting(t -> t.getId().toString())
          .isEqualTo(teamId);
      assertThat(teams.dutiesOf(before.getId())).doesNotContain(TeamDuty.CARERS_CENTRE);
    } finally {
      teams.giveDuty(TeamDuty.CARERS_CENTRE, before.getId(), "servicemanager");
    }
  }

  private ResponseEntity<Map<String, Object>> put(String user, String path) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
