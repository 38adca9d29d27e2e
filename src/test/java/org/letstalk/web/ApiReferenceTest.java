package org.letstalk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.security.SecurityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The API reference: the OpenAPI document and Swagger UI answer signed-in users only, describe every endpoint of the
 * domain API and nothing else, and the document is written to docs/api/openapi.json so the repository carries the
 * reference of the code it holds (docs/api.md).
 */
@PostgresTest
class ApiReferenceTest {

  static final Path REFERENCE = Path.of("docs", "api", "openapi.json");

  static final String WRONG_PASSWORD_USER = "api-reference-wrong-password";

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identity;

  @BeforeEach
  void aUserWhoseSignInMayFail() {
    SecurityFixtures.whoseSignInMayFail(identity, WRONG_PASSWORD_USER, Groups.PRACTITIONERS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html",
      "/swagger-ui/index.html"})
  void theReferenceNeedsASignIn(String path) {
    assertThat(http.getForEntity(path, String.class).getStatusCode().value()).as("without sign-in").isEqualTo(401);
    assertThat(http.withBasicAuth(WRONG_PASSWORD_USER, "not-the-password").getForEntity(path, String.class)
        .getStatusCode().value()).as("with a wrong password").isEqualTo(401);
  }

  @Test
  void aSignedInUserOpensSwaggerUi() {
    ResponseEntity<String> page = http.withBasicAuth("practitioner", "demo")
        .getForEntity("/swagger-ui/index.html", String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("swagger-ui");
  }

  @Test
  void theReferenceDescribesTheDomainApiAndIsWrittenToDocs() throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth("frontdoor", "demo").getForEntity("/v3/api-docs", String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);

    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    JsonNode reference = json.readTree(answer.getBody());
    List<String> paths = new ArrayList<>();
    reference.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).as("the domain API's endpoints").contains("/api/contacts", "/api/contacts/{id}", "/api/people",
        "/api/people/{personId}", "/api/safeguarding-concerns", "/api/reviews/requests", "/api/teams",
        "/api/access-log", "/api/metrics", "/api/metrics/statutory-return", "/api/people/{personId}/chronology",
        "/api/people/{personId}/alerts", "/api/people/{personId}/reviews/requests", "/api/conversations/{conversationId}",
        "/api/crisis-plans/{planId}", "/api/plans/{planId}", "/api/reviews/{reviewId}",
        "/api/authorisation-requests/{requestId}");
    assertThat(paths).as("pages and the engine's own API are not part of it").allMatch(p -> p.startsWith("/api/"));
    assertThat(reference.at("/info/title").asText()).isEqualTo("Let's Talk domain API");
    assertThat(reference.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");

    // The server entry names this test's random port; the committed file stays the same from run to run.
    ((ObjectNode) reference).remove("servers");
    String text = json.writeValueAsString(json.treeToValue(reference, Object.class)) + "\n";
    Files.createDirectories(REFERENCE.getParent());
    if (!Files.exists(REFERENCE) || !Files.readString(REFERENCE).equals(text)) {
      Files.writeString(REFERENCE, text);
    }
  }
}
