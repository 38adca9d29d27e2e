package org.letstalk.review;

import static org.letstalk.FormFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.PostgresTest;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST /api/reviews/requests, as a provider's system would call it. */
@PostgresTest
class ReviewApiTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  SupportPlans plans;

  @Autowired
  PersonFinder people;

  @Autowired
  ReviewRepository reviews;

  @Test
  void anEarlyRequestIsAcceptedAndBringsTheReviewForward() {
    SupportPlan plan = activePlan();

    ResponseEntity<Map<String, Object>> answer = request("practitioner", Map.of("supportPlanId", plan.getId().toString(),
        "requesterRole", "PROVIDER", "requestedBy", "Home Care Ltd", "requestReason", "Not coping with evenings"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(answer.getBody()).containsEntry("kind", "EARLY");
    assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId())).singleElement()
        .satisfies(r -> assertThat(r.getRequestReason()).isEqualTo("Not coping with evenings"));
  }

  @Test
  void badRequestsAreRefusedNamingTheField() {
    SupportPlan plan = activePlan();
    Map<String, Object> ok = Map.of("supportPlanId", plan.getId().toString(), "requesterRole", "CARER",
        "requestedBy", "Ann", "requestReason", "Falls");

    assertThat(request("practitioner", with(ok, "supportPlanId", UUID.randomUUID().toString())).getBody())
        .containsEntry("field", "supportPlanId");
    assertThat(request("practitioner", with(ok, "supportPlanId", "not-a-plan")).getBody())
        .containsEntry("field", "supportPlanId");
    assertThat(request("practitioner", with(ok, "requesterRole", "NEIGHBOUR")).getBody())
        .containsEntry("field", "requesterRole");
    assertThat(request("practitioner", with(ok, "requestReason", "")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId())).singleElement()
        .satisfies(r -> assertThat(r.getKind()).isEqualTo(ReviewKind.FIRST));
  }

  @Test
  void onlyPeopleWhoMayAskCanAskAndOnlyWhenSignedIn() {
    SupportPlan plan = activePlan();
    Map<String, Object> ok = Map.of("supportPlanId", plan.getId().toString(), "requesterRole", "CARER",
        "requestedBy", "Ann", "requestReason", "Falls");

    assertThat(request("panel", ok).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.postForEntity("/api/reviews/requests", ok, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId()).get(0).getKind()).isEqualTo(ReviewKind.FIRST);
  }

  private ResponseEntity<Map<String, Object>> request(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").exchange("/api/reviews/requests", HttpMethod.POST, new HttpEntity<>(body),
        JSON);
  }

  private SupportPlan activePlan() {
    UUID person = people.create(new PersonDetails("Ivy", "Api" + UUID.randomUUID().toString().substring(0, 8), null,
        null, null, null, null, null, null), false).getId();
    SupportPlan plan = plans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("80.00"), "practitioner", "practitioners");
    plans.activate(plan.getId(), "teammanager");
    return reviewCycles.startFor(plan.getId());
  }

}
