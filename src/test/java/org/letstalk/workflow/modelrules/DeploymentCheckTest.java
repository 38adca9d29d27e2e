package org.letstalk.workflow.modelrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.workflow.ModelRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A model is checked where it enters the engine: a process owner deploying through the REST API (as Camunda Modeler
 * does) gets 400 listing every problem, and nothing is deployed; the Java API, which start-up uses, is refused the
 * same way.
 */
@PostgresTest
class DeploymentCheckTest {

  static final String DEPLOYMENT = "deployment-check-test";
  static final String OWNER = "deployment-check-owner";
  static final String PASSWORD = "Correct-Horse-9f3c";

  @Autowired
  TestRestTemplate http;

  @Autowired
  RepositoryService repository;

  @Autowired
  IdentityService identity;

  @AfterEach
  void removeDeployments() {
    repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void aDecisionTableThatReadsCasesOrRunsJavaIsRefused() throws Exception {
    String table = decision("leak", "camunda:historyTimeToLive=\"P30D\"",
        "expressionLanguage=\"juel\"", "${safeguardingConcernRepository.findAll().get(0).getDescription()}");

    JsonNode refused = refused(deploy("leak.dmn", table));

    assertThat(refused.path("problems").toString())
        .contains("leak.dmn", "juel", "safeguardingConcernRepository.findAll()");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("leak").count()).isZero();
  }

  @Test
  void aDecisionTableWithoutHistoryTimeToLiveIsA400NotA500() throws Exception {
    JsonNode refused = refused(deploy("no-ttl.dmn", decision("no-ttl", "", "", "\"TEAM_MANAGER\"")));

    assertThat(refused.path("problems").toString()).contains("no-ttl: no camunda:historyTimeToLive");
  }

  @Test
  void aProcessThatRunsCodeIsRefusedWithEveryProblemNamed() throws Exception {
    String process = Files.readString(Path.of("processes", "request-early-review.bpmn"))
        .replace("camunda:historyTimeToLive=\"P2555D\"", "")
        .replaceFirst("camunda:delegateExpression=\"\\$\\{requestEarlyReview}\"",
            "camunda:expression=\"\\${&quot;&quot;.getClass().forName(&quot;java.lang.System&quot;)}\"")
        .replaceFirst("<bpmn:serviceTask ", "<bpmn:serviceTask camunda:class=\"java.lang.Runtime\" ");

    JsonNode refused = refused(deploy("request-early-review.bpmn", process));

    assertThat(refused.path("message").asText()).contains("nothing of it was deployed");
    assertThat(refused.path("problems").toString())
        .contains("no camunda:historyTimeToLive", "camunda:class 'java.lang.Runtime'", "getClass");
    assertThat(refused.path("problems")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aDiagramThatWouldMisleadAProcessOwnerIsRefusedNamingTheElement() throws Exception {
    String process = Files.readString(Path.of("processes", "request-early-review.bpmn"))
        .replace("<dc:Bounds x=\"29\" y=\"189\" width=\"66\" height=\"28\" />",
            "<dc:Bounds x=\"170\" y=\"140\" width=\"66\" height=\"28\" />");

    JsonNode refused = refused(deploy("request-early-review.bpmn", process));

    assertThat(refused.path("problems").toString()).contains("StartEvent_EarlyReviewAsked", "Task_RequestEarlyReview");
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
  }

  @Test
  void theShippedModelsDeployAndTheJavaApiIsCheckedToo() throws Exception {
    String shipped = Files.readString(Path.of("processes", "authorisation-level.dmn"));
    assertThat(deploy("authorisation-level.dmn", shipped).getStatusCode().value()).isEqualTo(200);

    assertThatThrownBy(() -> repository.createDeployment().name(DEPLOYMENT)
        .addString("no-ttl.dmn", decision("no-ttl-java", "", "", "\"TEAM_MANAGER\"")).deploy())
        .isInstanceOf(ModelRefusedException.class).hasMessageContaining("no-ttl-java");
  }

  static String decision(String id, String historyTimeToLive, String outputLanguage, String output) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="%1$s-definitions" name="Check" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="%1$s" name="Check" %2$s>
            <decisionTable id="%1$s-table">
              <input id="%1$s-input" label="Weekly cost">
                <inputExpression id="%1$s-expression" typeRef="double"><text>weeklyCost</text></inputExpression>
              </input>
              <output id="%1$s-output" name="level" typeRef="string" />
              <rule id="%1$s-rule">
                <inputEntry id="%1$s-entry"><text>&lt;= 500</text></inputEntry>
                <outputEntry id="%1$s-result" %3$s><text>%4$s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(id, historyTimeToLive, outputLanguage, output.replace("\"", "&quot;"));
  }

  private String owner() {
    if (identity.createUserQuery().userId(OWNER).count() == 0) {
      User user = identity.newUser(OWNER);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(OWNER, Groups.PROCESS_OWNERS);
    }
    return OWNER;
  }

  private ResponseEntity<String> deploy(String fileName, String content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", DEPLOYMENT);
    body.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(owner(), PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static JsonNode refused(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    JsonNode body = new ObjectMapper().readTree(answer.getBody());
    assertThat(body.path("type").asText()).isEqualTo("ModelRefused");
    return body;
  }
}
