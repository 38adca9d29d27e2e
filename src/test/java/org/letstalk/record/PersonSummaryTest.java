package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.contact.ContactRepository;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.ReviewKind;
import org.letstalk.review.ReviewRepository;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The summary at the top of the record, built from the case: who holds it, its stage, the plan in force and its next
 * review, the open tasks and who holds them; the alerts a team manager adds; an early review asked for from the record.
 */
@PostgresTest
class PersonSummaryTest extends ProcessTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  ContactRepository contacts;

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  ReviewRepository reviews;

  @Autowired
  PersonFinder people;

  @Test
  void theSummaryShowsThePlanInForceItsNextReviewAndAsksForAnEarlyReviewWithNoPlanId() {
    UUID personId = personWithAPlan();

    Map<String, Object> summary = get("practitioner", "/api/people/" + personId).getBody();
    assertThat(section(summary, "ACTIVE_PLANS")).singleElement().satisfies(line -> {
      assertThat(line.get("label")).isEqualTo("Care and support plan, version 1");
      assertThat((String) line.get("detail")).contains("£80.00 a week", "arranged by the council", "next review due");
    });
    assertThat(page("practitioner", personId)).contains("Ask for an early review of this plan");

    ResponseEntity<Map<String, Object>> asked = post("practitioner", "/api/people/" + personId + "/reviews/requests",
        Map.of("requesterRole", "PRACTITIONER", "requestReason", "Her daughter has moved away"));

    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(asked.getBody()).containsEntry("kind", "EARLY");
    assertThat(reviews.findByPersonId(personId)).singleElement().satisfies(review -> {
      assertThat(review.getKind()).isEqualTo(ReviewKind.EARLY);
      assertThat(review.getRequestedBy()).as("who asked comes from the sign-in").isEqualTo("practitioner");
    });
    assertThat(chronologyText("practitioner", personId)).contains("Early review asked for by a practitioner",
        "Her daughter has moved away", "Priya Patel");
  }

  @Test
  void anEarlyReviewOfNoPlanOrWithoutWhoAskedIsRefusedNamingTheField() {
    UUID noPlan = person("Nora");
    ResponseEntity<Map<String, Object>> none = post("practitioner", "/api/people/" + noPlan + "/reviews/requests",
        Map.of("requesterRole", "PRACTITIONER", "requestReason", "Falls"));
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(none.getBody()).containsEntry("field", "personId");

    UUID withPlan = personWithAPlan();
    ResponseEntity<Map<String, Object>> anonymous = post("practitioner",
        "/api/people/" + withPlan + "/reviews/requests", Map.of("requesterRole", "CARER", "requestReason", "Falls"));
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(anonymous.getBody()).containsEntry("field", "requestedBy");
    assertThat(reviews.findByPersonId(withPlan)).singleElement()
        .satisfies(review -> assertThat(review.getKind()).isEqualTo(ReviewKind.FIRST));
    assertThat(post("panel", "/api/people/" + withPlan + "/reviews/requests",
        Map.of("requesterRole", "PRACTITIONER", "requestReason", "Falls")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void teamManagersAddAndEndAlertsThatEveryReaderSeesAtTheTop() {
    String family = "Alert" + RecordFixtures.uniqueWord();
    UUID personId = people.create(new PersonDetails("Alan", family, LocalDate.of(1945, 5, 5), null, null, null, null,
        null, null), false).getId();
    Map<String, Object> alert = Map.of("kind", "LONE_WORKING", "detail", "Visit in pairs: a dog that bites");

    assertThat(post("practitioner", "/api/people/" + personId + "/alerts", alert).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> bad = post("teammanager", "/api/people/" + personId + "/alerts",
        Map.of("detail", " "));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().toString()).contains("kind", "detail");
    ResponseEntity<Map<String, Object>> added = post("teammanager", "/api/people/" + personId + "/alerts", alert);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getBody()).containsEntry("addedBy", "Tessa Morgan");

    assertThat(get("practitioner", "/api/people/" + personId).getBody().get("alerts")).asList().singleElement()
        .satisfies(a -> assertThat(a.toString()).contains("Lone working", "a dog that bites"));
    assertThat(page("frontdoor", personId)).contains("Lone working:", "Visit in pairs: a dog that bites")
        .doesNotContain("End this alert");
    assertThat(page("teammanager", personId)).contains("End this alert");
    assertThat(http.withBasicAuth("practitioner", "demo").getForEntity("/people?name=" + family, String.class).getBody())
        .as("the search shows the alert beside the person").contains("Lone working");

    String alertId = (String) added.getBody().get("id");
    assertThat(post("teammanager", "/api/people/" + personId + "/alerts/" + alertId + "/end", Map.of()).getStatusCode())
        .as("an alert ends only with a reason").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("teammanager2", "/api/people/" + personId + "/alerts/" + alertId + "/end",
        Map.of("reason", "The dog has been rehomed")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("practitioner", "/api/people/" + personId).getBody().get("alerts")).asList().isEmpty();
    assertThat(chronologyText("practitioner", personId)).contains("Alert ended: Lone working",
        "The dog has been rehomed", "Tom Hughes");
  }

  @Test
  void openTasksShowWhoMayTakeThemAndAConcernsTasksOnlyToThoseWhoReadSafeguarding() {
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Olive");
    form.put("familyName", "Tasks" + RecordFixtures.uniqueWord());
    form.put("dateOfBirth", "1940-02-02");
    form.put("postcode", RecordFixtures.uniquePostcode());
    form.put("routeOfAccess", "SELF");
    form.put("contactMethod", "PHONE");
    form.put("presentingNeed", "Cannot get out of the bath");
    form.put("consentToShare", true);
    form.put("safeguardingConcern", true);
    form.put("safeguardingDetail", "Money going missing from her purse");
    ProcessInstance contact = startContact("frontdoor", form);
    UUID personId = contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId();

    List<Map<String, Object>> practitionerSees = section(get("practitioner", "/api/people/" + personId).getBody(),
        "OPEN_TASKS");
    assertThat(practitionerSees).extracting(line -> (String) line.get("label"))
        .anyMatch(label -> label.startsWith("Decide what happens next"))
        .noneMatch(label -> label.startsWith("Safeguarding decision"));
    assertThat(practitionerSees.toString()).contains("waiting for", "Front door (demo)", "due ");
    assertThat(section(get("safeguarding", "/api/people/" + personId).getBody(), "OPEN_TASKS"))
        .extracting(line -> (String) line.get("label"))
        .anyMatch(label -> label.startsWith("Safeguarding decision"));
  }

  private UUID person(String given) {
    return people.create(new PersonDetails(given, "Summary" + RecordFixtures.uniqueWord(), LocalDate.of(1945, 5, 5),
        null, null, null, null, null, null), false).getId();
  }

  private UUID personWithAPlan() {
    UUID personId = person("Ivy");
    SupportPlan plan = plans.draft(personId, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("80.00"), "practitioner", "practitioners");
    plans.activate(plan.getId(), "teammanager");
    reviewCycles.startFor(plan.getId());
    return personId;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> section(Map<String, Object> summary, String section) {
    return ((Map<String, List<Map<String, Object>>>) summary.get("sections")).get(section);
  }

  private String chronologyText(String user, UUID personId) {
    ResponseEntity<Map<String, Object>> answer = get(user, "/api/people/" + personId + "/chronology");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody().toString();
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private String page(String user, UUID personId) {
    ResponseEntity<String> answer = http.withBasicAuth(user, "demo")
        .exchange("/people/" + personId, HttpMethod.GET, null, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }
}
