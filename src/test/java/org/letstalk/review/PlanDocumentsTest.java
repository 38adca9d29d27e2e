package org.letstalk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.DocumentTexts;
import org.letstalk.document.PersonDocumentRepository;
import org.letstalk.person.Language;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.person.PersonRepository;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.RecordAccessRepository;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The person's copy of their plan: made in their language when the plan is in force, once per version however
 * often the step runs, listed and downloaded as PDF, never rewritten, and given to them in a way that is recorded.
 */
@PostgresTest
class PlanDocumentsTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  SupportPlans plans;

  @Autowired
  PersonFinder finder;

  @Autowired
  PersonRepository people;

  @Autowired
  PlanDocuments planDocuments;

  @Autowired
  ReviewRepository reviews;

  @Autowired
  ReviewSchedule schedule;

  @Autowired
  PersonDocumentRepository documents;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aPlanInForceGivesThePersonTheirCopyInWelshOnceAndANewVersionANewCopy() {
    UUID person = person(Language.WELSH);
    SupportPlan plan = activePlan(person);

    List<Map<String, Object>> listed = list("practitioner", person);
    assertThat(listed).singleElement().satisfies(d -> assertThat(document(d))
        .containsEntry("kind", "CARE_AND_SUPPORT_PLAN").containsEntry("language", "WELSH")
        .containsEntry("title", "Eich cynllun gofal a chymorth").containsEntry("madeBy", "teammanager"));
    String id = (String) document(listed.get(0)).get("id");

    ResponseEntity<byte[]> pdf = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/documents/" + id, HttpMethod.GET, null, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(sha256(pdf.getBody())).isEqualTo(document(listed.get(0)).get("contentSha256"));
    assertThat(DocumentTexts.of(pdf.getBody())).contains("Eich cynllun gofal a chymorth", "Ivy", "£75.00",
        "Help to get up", "Mewn grym o", "Byddwn yn adolygu'r cynllun hwn gyda chi erbyn");

    ResponseEntity<String> page = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/documents/" + id + "/print", HttpMethod.GET, null, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
    assertThat(page.getBody()).as("the page the PDF was made from, with its print stylesheet")
        .contains("lang=\"cy\"", "Eich cynllun gofal a chymorth", "Help to get up", "£75.00", "@media print");

    // The step runs again (a retried job): the document it made is found, not made twice.
    planDocuments.planInForce(plan.getId(), reviews.findByPlanIdOrderBySequenceNo(plan.getId()).get(0));
    assertThat(list("practitioner", person)).hasSize(1);

    SupportPlan next = plans.reviseInForce(person, PlanType.CARE_AND_SUPPORT, new BigDecimal("120.00"), "practitioner");
    plans.activate(next.getId(), "teammanager2");
    reviewCycles.startFor(next.getId());
    List<Map<String, Object>> after = list("practitioner", person);
    assertThat(after).hasSize(2);
    assertThat(document(after.get(0))).isEqualTo(document(listed.get(0)));
    assertThat(DocumentTexts.of(http.withBasicAuth("practitioner", "demo").exchange("/api/documents/"
        + document(after.get(1)).get("id"), HttpMethod.GET, null, byte[].class).getBody())).contains("Fersiwn 2");
  }

  @Test
  void aReviewRecordedGivesThePersonWhatItFoundAndDecidedOnce() {
    UUID person = person(Language.ENGLISH);
    SupportPlan plan = activePlan(person);
    Review pending = reviews.findByPlanIdOrderBySequenceNo(plan.getId()).get(0);
    ReviewRecord record = new ReviewRecord(ReviewOutcome.NO_CHANGE, "Mornings go well", true, false, false, true,
        null, null, null, null, null, "Getting up: met", null, false, null);

    schedule.complete(plan.getId(), pending.getId(), record, "practitioner");
    schedule.complete(plan.getId(), pending.getId(), record, "practitioner");

    List<Map<String, Object>> listed = list("practitioner", person);
    assertThat(listed).extracting(d -> document(d).get("kind")).containsExactly("CARE_AND_SUPPORT_PLAN",
        "REVIEW_OUTCOME");
    assertThat(DocumentTexts.of(http.withBasicAuth("practitioner", "demo").exchange("/api/documents/"
        + document(listed.get(1)).get("id"), HttpMethod.GET, null, byte[].class).getBody()))
        .contains("The review of your plan", "You, Your support provider", "Your plan stays as it is.",
            "Mornings go well");
  }

  @Test
  void theDatabaseRefusesToRewriteADocumentOrHowItWasGiven() {
    UUID person = person(Language.ENGLISH);
    activePlan(person);
    String id = (String) document(list("practitioner", person).get(0)).get("id");
    assertThat(give("practitioner", id, Map.of("how", "IN_PERSON")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThatThrownBy(() -> jdbc.update("update person_document set title = 'Something else' where id = ?::uuid", id))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("never rewritten");
    assertThatThrownBy(() -> jdbc.update("update person_document set content = ? where id = ?::uuid",
        new byte[] {1}, id)).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.update("update person_document set html = ? where id = ?::uuid",
        "<p>Something else</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8), id))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("never rewritten");
    assertThatThrownBy(() -> jdbc.update("update document_given set how = 'POST' where document_id = ?::uuid", id))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("never rewritten");
    assertThat(documents.findById(UUID.fromString(id)).orElseThrow().getTitle()).isEqualTo("Your care and support plan");

    // Two records of one person merged: the document moves to the surviving record, unchanged.
    UUID survivor = person(Language.ENGLISH);
    assertThat(jdbc.update("update person_document set person_id = ? where id = ?::uuid", survivor, id)).isOne();
    assertThat(documents.findById(UUID.fromString(id)).orElseThrow().getPersonId()).isEqualTo(survivor);
  }

  @Test
  void howADocumentWasGivenIsRecordedWithWhoGaveItAndBadInputChangesNothing() {
    UUID person = person(Language.ENGLISH);
    activePlan(person);
    String id = (String) document(list("practitioner", person).get(0)).get("id");

    ResponseEntity<Map<String, Object>> given = give("practitioner", id, Map.of("how", "POST",
        "givenAt", Instant.now().minusSeconds(60).toString(), "givenBy", "someone else"));
    assertThat(given.getStatusCode()).as("a body naming who gave it is refused: who comes from the sign-in")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(given.getBody()).containsEntry("field", "givenBy");

    assertThat(give("practitioner", id, Map.of("how", "PIGEON")).getBody()).containsEntry("field", "how");
    assertThat(give("practitioner", id, Map.of()).getBody()).containsEntry("field", "how");
    assertThat(give("practitioner", id, Map.of("how", "EMAIL", "givenAt", "2999-01-01T00:00:00Z")).getBody())
        .containsEntry("field", "givenAt");
    assertThat(document(list("practitioner", person).get(0))).isNotNull();
    assertThat(list("practitioner", person).get(0).get("given")).asList().isEmpty();

    assertThat(give("practitioner", id, Map.of("how", "EMAIL")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(list("practitioner", person).get(0).get("given")).asList().singleElement()
        .satisfies(g -> assertThat(g).hasToString("{how=EMAIL, givenAt=" + ((Map<?, ?>) g).get("givenAt")
            + ", givenBy=practitioner}"));
  }

  @Test
  void whoeverMayReadTheRecordMayReadAndGiveItsDocumentsAndEveryoneElseIsRefusedAndTheRefusalLogged() {
    UUID person = person(Language.ENGLISH);
    activePlan(person);
    String id = (String) document(list("practitioner", person).get(0)).get("id");
    Map<String, String> userOfGroup = Map.of("front-door", "frontdoor", "practitioners", "practitioner",
        "senior-practitioners", "senior", "team-managers", "teammanager", "service-managers", "servicemanager",
        "safeguarding", "safeguarding", "funding-panel", "panel", "heads-of-service", "headofservice",
        "carers-centre", "carers", "process-owners", "processowner");
    userOfGroup.forEach((group, user) -> {
      int read = http.withBasicAuth(user, "demo").exchange("/api/documents/" + id, HttpMethod.GET, null,
          byte[].class).getStatusCode().value();
      int printed = http.withBasicAuth(user, "demo").exchange("/api/documents/" + id + "/print", HttpMethod.GET,
          null, String.class).getStatusCode().value();
      int gave = give(user, id, Map.of("how", "IN_PERSON")).getStatusCode().value();
      // The panel and process owners read no record; the carers' centre reads carers and those they care for.
      if (List.of("process-owners", "funding-panel", "carers-centre").contains(group)) {
        assertThat(read).as(group + " reads").isEqualTo(403);
        assertThat(printed).as(group + " prints").isEqualTo(403);
        assertThat(gave).as(group + " gives").isEqualTo(403);
      } else {
        assertThat(read).as(group + " reads").isEqualTo(200);
        assertThat(printed).as(group + " prints").isEqualTo(200);
        assertThat(gave).as(group + " gives").isEqualTo(201);
      }
    });
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person))
        .anySatisfy(a -> {
          assertThat(a.getUserId()).isEqualTo("processowner");
          assertThat(a.getAction()).isEqualTo("REFUSED_READ_DOCUMENT");
        })
        .anySatisfy(a -> {
          assertThat(a.getUserId()).isEqualTo("practitioner");
          assertThat(a.getAction()).isEqualTo("READ_DOCUMENT");
        });
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person).stream()
        .filter(a -> a.getUserId().equals("teammanager") && a.getAction().equals("READ_DOCUMENT")))
        .as("the PDF and the printed page, each a read").hasSize(2);
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person).stream()
        .filter(a -> a.getUserId().equals("panel") && a.getAction().equals("REFUSED_READ_DOCUMENT"))).hasSize(2);
    assertThat(list("practitioner", person).get(0).get("given")).asList().hasSize(userOfGroup.size() - 3);
    assertThat(http.withBasicAuth("practitioner", "demo").exchange("/api/documents/" + UUID.randomUUID(),
        HttpMethod.GET, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("practitioner", "demo").exchange("/api/documents/" + UUID.randomUUID() + "/print",
        HttpMethod.GET, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private UUID person(Language language) {
    Person person = finder.create(new PersonDetails("Ivy", "Plan" + UUID.randomUUID().toString().substring(0, 8),
        null, null, null, "4 Mill Lane", null, null, null), false);
    person.chooseLanguage(language);
    return people.save(person).getId();
  }

  private SupportPlan activePlan(UUID person) {
    SupportPlan plan = plans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("75.00"), "practitioner", "practitioners");
    plans.writeLines(plan.getId(), Delivery.COUNCIL_ARRANGED, List.of(new SupportPlanItem.Line(
        "Help to get up", "Home care each morning", "Home Care Ltd", "Daily", new BigDecimal("75.00"))));
    plans.activate(plan.getId(), "teammanager");
    return reviewCycles.startFor(plan.getId());
  }

  private List<Map<String, Object>> list(String user, UUID person) {
    ResponseEntity<List<Map<String, Object>>> answer = http.withBasicAuth(user, "demo")
        .exchange("/api/people/" + person + "/documents", HttpMethod.GET, null, LIST);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> document(Map<String, Object> listed) {
    return (Map<String, Object>) listed.get("document");
  }

  private ResponseEntity<Map<String, Object>> give(String user, String id, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").exchange("/api/documents/" + id + "/given", HttpMethod.POST,
        new HttpEntity<>(body), JSON);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
