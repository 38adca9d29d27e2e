package org.letstalk.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.RecordAccessRepository;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A subject access request: a team manager produces one archive of everything held about the person, for reading
 * and for machines, with other people's details in safeguarding records marked for review; the export is logged.
 */
@PostgresTest
class SubjectAccessExportTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonFinder finder;

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  ObjectMapper json;

  @Test
  void aTeamManagerGetsEverythingHeldInOneArchiveWithOtherPeoplesDetailsMarkedForReview() throws IOException {
    UUID person = finder.create(new PersonDetails("Olwen", "Export" + UUID.randomUUID().toString().substring(0, 8),
        null, null, null, "9 Quay Street", null, null, null), false).getId();
    SupportPlan plan = plans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("60.00"), "practitioner", "practitioners");
    plans.activate(plan.getId(), "teammanager");
    reviewCycles.startFor(plan.getId());
    Map<String, Object> note = Map.of("date", "2026-01-05", "kind", "CALL", "category", "VERIFIED_FACT",
        "text", "Olwen rang about her evening calls");
    String noteId = (String) post("practitioner", "/api/people/" + person + "/notes", note).getBody().get("noteId");
    Map<String, Object> correction = new HashMap<>(note);
    correction.put("text", "Olwen rang about her morning calls");
    correction.put("correctionReason", "Wrong time of day");
    assertThat(post("practitioner", "/api/people/" + person + "/notes/" + noteId + "/versions", correction)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> concern = new HashMap<>();
    concern.put("personId", person.toString());
    concern.put("personName", "Olwen Export");
    concern.put("reportedBy", "A neighbour");
    concern.put("concernDescription", "Her nephew Gareth takes her pension");
    concern.put("abuseType", "FINANCIAL_OR_MATERIAL");
    concern.put("allegedPersonName", "Gareth Nephew");
    concern.put("allegedPersonRelationship", "Nephew");
    concern.put("immediateDanger", false);
    ResponseEntity<Map<String, Object>> raised = post("frontdoor", "/api/safeguarding-concerns", concern);
    assertThat(raised.getStatusCode().is2xxSuccessful()).as("concern raised: %s", raised.getBody()).isTrue();

    ResponseEntity<byte[]> answer = http.withBasicAuth("teammanager", "demo").exchange(
        "/api/people/" + person + "/subject-access-export", HttpMethod.POST, null, byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType()).hasToString("application/zip");
    Map<String, byte[]> files = unzip(answer.getBody());
    assertThat(files).containsKeys("record.json", "record.pdf");
    assertThat(files.keySet()).anyMatch(f -> f.startsWith("documents/") && f.contains("care-and-support-plan"));

    JsonNode record = json.readTree(files.get("record.json"));
    assertThat(record.at("/tables/person/0/given_name").asText()).isEqualTo("Olwen");
    assertThat(record.at("/tables/case_note")).hasSize(2);
    assertThat(record.at("/tables/support_plan/0/weekly_cost").decimalValue()).isEqualByComparingTo("60.00");
    assertThat(record.at("/tables/person_document/0/content").asText()).contains("documents/");
    JsonNode safeguarding = record.at("/tables/safeguarding_concern/0");
    assertThat(safeguarding.get("alleged_person_name").asText()).isEqualTo("Gareth Nephew");
    assertThat(safeguarding.get("redactionReview").asText()).contains("alleged_person_name", "review before release");
    assertThat(record.get("redactionReview").toString()).contains("safeguarding_concern");
    assertThat(record.get("chronology")).isNotEmpty();
    assertThat(record.get("accessLog").toString()).contains("ADD_NOTE", "CORRECT_NOTE", "SUBJECT_ACCESS_EXPORT");
    String documentEntry = record.at("/documents/0/file").asText();
    assertThat(Rendered.sha256(files.get("documents/" + documentEntry))).isEqualTo(record.at("/documents/0/sha256")
        .asText());

    PdfChecks.assertPdfUa(files.get("record.pdf"));
    assertThat(PdfChecks.text(files.get("record.pdf"))).contains("Everything we hold about you", "Olwen",
        "Gareth Nephew", "Before this is released", "morning calls", "evening calls");

    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person)).anySatisfy(a -> {
      assertThat(a.getUserId()).isEqualTo("teammanager");
      assertThat(a.getAction()).isEqualTo("SUBJECT_ACCESS_EXPORT");
    });
  }

  @Test
  void nobodyButATeamManagerProducesItAndARefusalIsLogged() {
    UUID person = finder.create(new PersonDetails("Olwen", "Refused" + UUID.randomUUID().toString().substring(0, 8),
        null, null, null, null, null, null, null), false).getId();
    for (String user : List.of("practitioner", "senior", "servicemanager", "safeguarding", "frontdoor")) {
      assertThat(http.withBasicAuth(user, "demo").exchange("/api/people/" + person + "/subject-access-export",
          HttpMethod.POST, null, String.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person)).extracting(a -> a.getAction())
        .containsOnly("REFUSED_SUBJECT_ACCESS_EXPORT").hasSize(5);
    assertThat(http.withBasicAuth("teammanager", "demo").exchange("/api/people/" + UUID.randomUUID()
        + "/subject-access-export", HttpMethod.POST, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }
}
