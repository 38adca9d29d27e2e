package org.letstalk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.dashboard.ClientLevelDataSpecification.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks of a Client Level Data extract, written from NHS England's CLD specification and guidance
 * (docs/sources.md): every mandatory field present, every code from its list, dates consistent; a bad row is
 * refused naming its field.
 */
class ClientLevelDataSpecificationTest {

  /** A request of the quarter April to June 2025, as CLD guidance's worked examples record one. */
  static Map<String, String> request() {
    Map<String, String> row = new HashMap<>();
    row.put(LA_CODE, "358");
    row.put(PERIOD_START, "2025-04-01");
    row.put(PERIOD_END, "2025-06-30");
    row.put(PERSON_ID, "P1");
    row.put(NHS_NUMBER, "9434765919");
    row.put(DATE_OF_BIRTH, "1941-06-12");
    row.put(GENDER, "2");
    row.put(ETHNICITY, "A");
    row.put(CLIENT_TYPE, "Service User");
    row.put(PRIMARY_SUPPORT_REASON, "Unknown");
    row.put(EVENT_TYPE, "Request");
    row.put(EVENT_REFERENCE, "R1");
    row.put(EVENT_START, "2025-04-02");
    row.put(EVENT_END, "2025-04-03");
    row.put(EVENT_OUTCOME, "Progress to Assessment");
    row.put(ROUTE_OF_ACCESS, "Discharge from Hospital");
    return row;
  }

  static Map<String, String> with(Map<String, String> row, String field, String value) {
    Map<String, String> changed = new HashMap<>(row);
    changed.put(field, value);
    return changed;
  }

  static List<String> problems(Map<String, String> row) {
    return check(COLUMNS, List.of(row)).stream().map(Problem::message).toList();
  }

  @Test
  void aCompleteRequestPasses() {
    assertThat(problems(request())).isEmpty();
  }

  @Test
  void aMandatoryFieldLeftEmptyIsNamed() {
    assertThat(problems(with(request(), EVENT_OUTCOME, null))).containsExactly("row 1, Event_Outcome: is mandatory");
    // CLD guidance, Route of Access: "required for all requests for support".
    assertThat(problems(with(request(), ROUTE_OF_ACCESS, "")))
        .containsExactly("row 1, Request_Route_of_Access: is mandatory for a request event");
    // CLD guidance, Events: only a service may be open at the end of the period.
    assertThat(problems(with(request(), EVENT_END, null)))
        .containsExactly("row 1, Event_End_Date: is mandatory for a request event");
  }

  @Test
  void aValueNotOnItsListIsNamed() {
    // The old return's referral sources are not CLD's routes of access.
    assertThat(problems(with(request(), ROUTE_OF_ACCESS, "HOSPITAL")))
        .containsExactly("row 1, Request_Route_of_Access: \"HOSPITAL\" is not on its list");
    assertThat(problems(with(request(), GENDER, "M"))).containsExactly("row 1, Gender: \"M\" is not on its list");
    assertThat(problems(with(request(), EVENT_OUTCOME, "Closed")))
        .containsExactly("row 1, Event_Outcome: \"Closed\" is not on its list");
    assertThat(problems(with(request(), SERVICE_TYPE, "Long Term Support: Community")))
        .containsExactly("row 1, Service_Type: is for service events only, not a request");
    assertThat(problems(with(request(), LA_CODE, "Trafford")))
        .containsExactly("row 1, LA_Code: must be the council's three-digit code");
  }

  /**
   * The defined lists in their own words, as NHS England's CLD measures apply them (docs/sources.md, "CLD defined
   * lists, as applied": #REF_PSR and the event outcome mapping): "&", "Isolation/Other", support to a carer for a
   * carer's events, and "NFA- Other" with no space before the hyphen.
   */
  @Test
  void primarySupportReasonsAndEventOutcomesAreTheDefinedListsOwnWords() {
    assertThat(problems(with(request(), PRIMARY_SUPPORT_REASON, "Physical Support: Access & mobility only"))).isEmpty();
    assertThat(problems(with(request(), PRIMARY_SUPPORT_REASON, "Social Support: Support to Carer"))).isEmpty();
    assertThat(problems(with(request(), EVENT_OUTCOME, "NFA- Other"))).isEmpty();
    assertThat(problems(with(request(), PRIMARY_SUPPORT_REASON, "Physical Support: Access and mobility only")))
        .containsExactly("row 1, Primary_Support_Reason: \"Physical Support: Access and mobility only\" is not on its"
            + " list");
    assertThat(problems(with(request(), EVENT_OUTCOME, "NFA - Other"))).hasSize(1);
    assertThat(java.util.Arrays.stream(org.letstalk.person.NationalCodes.PrimarySupportReason.values())
        .map(ClientLevelDataSpecification::primarySupportReason)).as("every reason the record keeps has its CLD words")
        .allMatch(ClientLevelDataSpecification.PRIMARY_SUPPORT_REASONS::contains).doesNotHaveDuplicates();
  }

  @Test
  void datesOutOfOrderOrOutsideThePeriodAreNamed() {
    assertThat(problems(with(request(), EVENT_END, "2025-04-01")))
        .containsExactly("row 1, Event_End_Date: is before the event's start");
    // CLD guidance, Events: requests, assessments and reviews completed during the reporting period.
    assertThat(problems(with(with(request(), EVENT_START, "2025-06-01"), EVENT_END, "2025-07-01")))
        .containsExactly("row 1, Event_End_Date: is outside the reporting period");
    assertThat(problems(with(request(), EVENT_START, "2 April 2025")))
        .containsExactly("row 1, Event_Start_Date: must be a date written year-month-day, like 2025-04-01");
    assertThat(problems(with(request(), DATE_OF_BIRTH, "2025-05-01")))
        .containsExactly("row 1, Event_Start_Date: is before the person was born");
  }

  @Test
  void aServiceMayRunOnButMustBeActiveInThePeriod() {
    Map<String, String> service = with(with(with(with(with(request(), EVENT_TYPE, "Service"), ROUTE_OF_ACCESS, null),
        SERVICE_TYPE, "Long Term Support: Community"), DELIVERY_MECHANISM, "Direct Payment"),
        EVENT_OUTCOME, "Provision of service");
    assertThat(problems(with(with(service, EVENT_START, "2024-01-01"), EVENT_END, null))).isEmpty();
    assertThat(problems(with(service, DELIVERY_MECHANISM, null)))
        .containsExactly("row 1, Delivery_Mechanism: is mandatory for a service event");
    assertThat(problems(with(with(service, EVENT_START, "2024-01-01"), EVENT_END, "2025-03-31")))
        .containsExactly("row 1, Event_End_Date: is before the reporting period: the service was not active in it");
  }

  /**
   * CLD guidance, release 1, "Assessment Type (Mandatory)": "If a determination of eligibility for services is made
   * as part of the assessment, as set out under the Care Act, the Assessment Type should be recorded as a Long Term
   * Assessment"; other assessments, proportionate and conversation-based ones included, "should be recorded as a
   * Short Term Assessment"; a financial assessment is a Financial Assessment.
   */
  @Test
  void everyAssessmentHasItsTypeFromTheList() {
    Map<String, String> assessment = with(with(with(request(), EVENT_TYPE, "Assessment"), ROUTE_OF_ACCESS, null),
        EVENT_OUTCOME, "Progress to Support Planning / Services");
    for (String type : List.of("Long Term Assessment", "Short Term Assessment", "Financial Assessment")) {
      assertThat(problems(with(assessment, ASSESSMENT_TYPE, type))).as(type).isEmpty();
    }
    assertThat(problems(assessment)).containsExactly("row 1, Assessment_Type: is mandatory for an assessment event");
    assertThat(problems(with(assessment, ASSESSMENT_TYPE, "Long Term")))
        .containsExactly("row 1, Assessment_Type: \"Long Term\" is not on its list");
  }

  /**
   * CLD guidance, release 1, Method of Review: "Carer only", "Service user only", "Service user and carer"; DHSC's
   * data quality checks of submitted returns (GetDQValues) hold it mandatory for every review.
   */
  @Test
  void everyReviewSaysWhoseReviewItWas() {
    Map<String, String> review = with(with(with(with(request(), EVENT_TYPE, "Review"), ROUTE_OF_ACCESS, null),
        EVENT_OUTCOME, "No change in package"), REVIEW_REASON, "Planned");
    for (String method : List.of("Carer only", "Service user only", "Service user and carer")) {
      assertThat(problems(with(review, METHOD_OF_REVIEW, method))).as(method).isEmpty();
    }
    assertThat(problems(review)).containsExactly("row 1, Method_of_Review: is mandatory for a review event");
    assertThat(problems(with(review, METHOD_OF_REVIEW, "Joint")))
        .containsExactly("row 1, Method_of_Review: \"Joint\" is not on its list");
  }

  @Test
  void aHeaderWithoutAFieldOrWithAnotherIsRefused() {
    List<String> header = new java.util.ArrayList<>(COLUMNS);
    header.remove(EVENT_OUTCOME);
    header.add("Referral_Source");
    assertThat(check(header, List.of()).stream().map(Problem::message))
        .containsExactly("row 0, Event_Outcome: is missing from the header",
            "row 0, Referral_Source: is not a field of the specification");
  }
}
