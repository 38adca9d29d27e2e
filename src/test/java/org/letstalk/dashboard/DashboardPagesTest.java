package org.letstalk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard page, its case lists, /api/metrics and the statutory return, as managers and others reach them. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  DashboardFixtures fixture;

  @Autowired
  ClientLevelData clientLevelData;
  String march;

  @BeforeAll
  void insertTheMonth() {
    DashboardFixtures.removeAll(jdbc);
    fixture = new DashboardFixtures(jdbc);
    fixture.insert();
    march = "from=1991-03-01&to=1991-03-31&team=" + fixture.teamId;
  }

  @AfterAll
  void removeTheMonth() {
    DashboardFixtures.removeAll(jdbc);
  }

  @Test
  void practitionersAreRefusedThePageTheCasesTheApiAndTheReturn() {
    for (String url : List.of("/dashboard", "/dashboard?" + march, "/dashboard/cases?figure=CONTACTS&" + march,
        "/api/metrics?" + march, "/api/metrics/statutory-return?year=1990",
        "/dashboard/statutory-return.csv?year=1990", "/dashboard/client-level-data.csv?year=1990&quarter=4")) {
      assertThat(get("practitioner", url).getStatusCode()).as(url).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get("frontdoor", url).getStatusCode()).as(url).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(http.getForEntity(url, String.class).getStatusCode()).as(url).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void teamAndServiceManagersAndProcessOwnersSeeThePageWithItsChartsAndLinks() {
    for (String manager : List.of("teammanager", "servicemanager", "processowner")) {
      ResponseEntity<String> page = get(manager, "/dashboard?" + march);
      assertThat(page.getStatusCode()).as(manager).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).contains("Dashboard fixture " + fixture.suffix, "/webjars/chart.js/4.4.1/dist/chart.umd.js",
          "<canvas id=\"contactsByRoute\">",
          "href=\"/dashboard/cases?figure=CONTACTS&amp;from=1991-03-01&amp;to=1991-03-31&amp;team=" + fixture.teamId
              + "\">7</a>");
    }
    assertThat(http.getForEntity("/webjars/chart.js/4.4.1/dist/chart.umd.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("teammanager", "/dashboard").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void processOwnersSeeTheFiguresButNobodyBehindThemAndARestrictedRecordIsCountedUnnamed() {
    String ada = "Ada " + DashboardFixtures.FAMILY + fixture.suffix;
    assertThat(get("processowner", "/dashboard/cases?figure=CONTACTS&" + march).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // The Client Level Data return names people; its summary tables do not.
    assertThat(get("processowner", "/dashboard/client-level-data.csv?year=1990&quarter=4").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("processowner", "/dashboard/statutory-return.csv?year=1990").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String url : List.of("/dashboard?" + march, "/api/metrics?" + march)) {
      assertThat(get("processowner", url).getBody()).as(url).doesNotContain(ada).doesNotContain("/people/" + fixture.p1);
      assertThat(get("teammanager", url).getBody()).as(url).contains(ada);
    }

    UUID restriction = UUID.randomUUID();
    jdbc.update("insert into record_restriction (id, person_id, reason, restricted_by, restricted_at)"
        + " values (?, ?, 'Works in the team', 'teammanager2', now())", restriction, fixture.p1);
    jdbc.update("insert into record_restriction_group (restriction_id, group_id) values (?, 'safeguarding')",
        restriction);
    try {
      assertThat(get("teammanager", "/dashboard/cases?figure=CONTACTS&k2=NEW_CASE&" + march).getBody())
          .contains("<strong>3</strong> cases", "(a person whose record you do not read)")
          .doesNotContain(ada).doesNotContain("/people/" + fixture.p1);
      assertThat(get("teammanager", "/dashboard?" + march).getBody()).doesNotContain(ada);
      assertThat(jdbc.queryForList("select action from record_access where person_id = ? and user_id = 'teammanager'",
          String.class, fixture.p1)).contains("LISTED_ON_DASHBOARD", "REFUSED_LISTED_ON_DASHBOARD");
    } finally {
      jdbc.update("delete from record_restriction where id = ?", restriction);
    }
  }

  @Test
  void aCountLinksToTheCasesBehindItEachLinkingToThePersonsRecord() {
    ResponseEntity<String> cases = get("teammanager", "/dashboard/cases?figure=CONTACTS&k2=NEW_CASE&" + march);

    assertThat(cases.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cases.getBody()).contains("<span>Contacts</span><span>: New case</span>", "<strong>3</strong> cases",
        "<a href=\"/people/" + fixture.p1 + "\">Ada " + DashboardFixtures.FAMILY + fixture.suffix + "</a>",
        "/people/" + fixture.p3, "/people/" + fixture.p5).doesNotContain("/people/" + fixture.p6);
  }

  @Test
  void theApiGivesTheSameFiguresAsJson() {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("servicemanager", "demo")
        .exchange("/api/metrics?" + march, HttpMethod.GET, null, JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = answer.getBody();
    assertThat(path(body, "scope", "teamName")).isEqualTo("Dashboard fixture " + fixture.suffix);
    assertThat(path(body, "contacts", "total", "count")).isEqualTo(7);
    assertThat(path(body, "firstConversation", "medianDays")).isEqualTo(3.0);
    assertThat(path(body, "safeguarding", "shareDecidedInTime")).isEqualTo(0.5);
    assertThat(path(body, "funding", "weeklyCostCommitted")).isEqualTo(350.0);
  }

  @Test
  void badFiltersAreRefusedNamingTheField() {
    ResponseEntity<Map<String, Object>> badDate = http.withBasicAuth("teammanager", "demo")
        .exchange("/api/metrics?from=last-week", HttpMethod.GET, null, JSON);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody()).containsEntry("field", "from");

    assertThat(http.withBasicAuth("teammanager", "demo")
        .exchange("/api/metrics?from=1991-04-01&to=1991-03-01", HttpMethod.GET, null, JSON).getBody())
        .containsEntry("field", "from");
    assertThat(http.withBasicAuth("teammanager", "demo")
        .exchange("/api/metrics?team=" + java.util.UUID.randomUUID(), HttpMethod.GET, null, JSON).getBody())
        .containsEntry("field", "team");
    assertThat(http.withBasicAuth("teammanager", "demo")
        .exchange("/api/metrics/statutory-return?year=next", HttpMethod.GET, null, JSON).getBody())
        .containsEntry("field", "year");
  }

  /**
   * England's Client Level Data for January to March 1991, the fixture's quarter (CLD guidance, Events): the
   * seven contacts decided, the four conversations, the crisis plans and the long-term plan active in March, and
   * the two reviews done; every row passes the specification's checks.
   */
  @Test
  void theClientLevelDataReturnGivesEveryEventOfTheQuarter() throws IOException {
    ResponseEntity<String> csv = get("teammanager", "/dashboard/client-level-data.csv?year=1990&quarter=4");

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("client-level-data-358-1991-01-01-to-1991-03-31.csv");
    try (CSVParser parsed = CSVParser.parse(csv.getBody(),
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<Map<String, String>> rows = parsed.getRecords().stream().map(r -> {
        Map<String, String> row = new java.util.HashMap<>();
        r.toMap().forEach((k, v) -> row.put(k, v.isEmpty() ? null : v));
        return row;
      }).toList();
      assertThat(ClientLevelDataSpecification.check(parsed.getHeaderNames(), rows)).isEmpty();
      assertThat(rows).extracting(r -> r.get(ClientLevelDataSpecification.EVENT_TYPE) + ": "
          + r.get(ClientLevelDataSpecification.EVENT_OUTCOME)).containsExactlyInAnyOrder(
              "Request: Progress to Assessment", "Request: Progress to Assessment", "Request: Progress to Assessment",
              "Request: Progress to Assessment", "Request: Progress to Assessment", "Request: Progress to Assessment",
              "Request: NFA - Information & Advice / Signposting only",
              "Assessment: Progress to Support Planning / Services", "Assessment: Progress to Support Planning / Services",
              "Assessment: Progress to Assessment", "Assessment: NFA - Information & Advice / Signposting only",
              "Service: Provision of service", "Service: Provision of service", "Service: Provision of service",
              "Service: Service ended as planned",
              "Review: No change in package", "Review: Progress to Support Planning / Services");
      assertThat(jdbc.queryForList("select action from record_access where person_id = ? and user_id = 'teammanager'",
          String.class, fixture.p1)).as("each person in the return is logged as given")
          .contains("GIVEN_IN_CLIENT_LEVEL_DATA");
      assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry(ClientLevelDataSpecification.LA_CODE, "358")
          .containsEntry(ClientLevelDataSpecification.PERIOD_START, "1991-01-01")
          .containsEntry(ClientLevelDataSpecification.PERIOD_END, "1991-03-31"));
    }
  }

  @Test
  void aBadQuarterIsRefusedNamingTheYearAndTheQuarter() {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("teammanager", "demo")
        .exchange("/dashboard/client-level-data.csv?year=last&quarter=5", HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().toString()).contains("year", "quarter");
  }

  /** The SALT-style summary tables count the same events as the Client Level Data return. */
  @Test
  void theSummaryTablesCountTheReturnsEvents() {
    ResponseEntity<String> csv = get("teammanager", "/dashboard/statutory-return.csv?year=1990");

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("statutory-return-1990-91.csv");
    List<String> counted = csv.getBody().lines().filter(line -> !line.endsWith(",0")).toList();
    assertThat(counted).containsExactly("financial_year,section,row,column,count",
        "1990-91,requests,Community / Other route,NFA - Information & Advice / Signposting only,1",
        "1990-91,requests,Community / Other route,Progress to Assessment,6",
        "1990-91,reviews,Planned,No change in package,1",
        "1990-91,reviews,Unplanned - Carer related,Progress to Support Planning / Services,1",
        "1990-91,services_at_year_end,Long Term Support: Community,CASSR Commissioned Support,1",
        "1990-91,services_at_year_end,Short Term Support: Other Short Term,CASSR Commissioned Support,2");
    assertThat(csv.getBody().lines()).as("every cell, zeros too").hasSize(1 + 8 * 19 + 7 * 19 + 9 * 3);
  }

  /**
   * CLD guidance, Review Reason (release 1): a review is planned, or unplanned with its cause from the defined list;
   * an early review a carer asked for is "Unplanned - Carer related", one asked for by anyone else "Unplanned - Other
   * Reason", and every row passes the specification's checks.
   */
  @Test
  void anEarlyReviewIsUnplannedWithItsCause() {
    ClientLevelData.Extract asked = clientLevelData.extract(java.time.LocalDate.of(1991, 1, 1),
        java.time.LocalDate.of(1991, 3, 31));
    assertThat(asked.rows()).filteredOn(r -> fixture.p3.toString().equals(r.get(ClientLevelDataSpecification.PERSON_ID))
            && ClientLevelDataSpecification.REVIEW.equals(r.get(ClientLevelDataSpecification.EVENT_TYPE)))
        .extracting(r -> r.get(ClientLevelDataSpecification.REVIEW_REASON))
        .containsExactlyInAnyOrder("Planned", "Unplanned - Carer related");

    jdbc.update("update review_early_request set requester_role = 'PROVIDER' where review_id = ?",
        fixture.earlyReviewAskedBy);
    ClientLevelData.Extract byProvider;
    try {
      byProvider = clientLevelData.extract(java.time.LocalDate.of(1991, 1, 1), java.time.LocalDate.of(1991, 3, 31));
    } finally {
      jdbc.update("update review_early_request set requester_role = 'CARER' where review_id = ?",
          fixture.earlyReviewAskedBy);
    }
    assertThat(byProvider.rows()).filteredOn(r -> fixture.earlyReviewAskedBy.toString()
            .equals(r.get(ClientLevelDataSpecification.EVENT_REFERENCE)))
        .singleElement().satisfies(r -> assertThat(r.get(ClientLevelDataSpecification.REVIEW_REASON))
            .isEqualTo("Unplanned - Other Reason"));
    assertThat(ClientLevelDataSpecification.check(ClientLevelDataSpecification.COLUMNS, byProvider.rows())).isEmpty();
  }

  /**
   * CLD guidance, Method of Review (release 1): "all combinations of service user, carer or joint assessment and
   * review events can be determined": an adult's review is "Service user only", or "Service user and carer" when
   * their carer took part. DHSC's data quality checks of submitted returns (GetDQValues) hold it mandatory for every
   * review, so a review without it is refused.
   */
  @Test
  void everyReviewSaysWhoseReviewItWas() {
    java.time.LocalDate from = java.time.LocalDate.of(1991, 1, 1);
    java.time.LocalDate to = java.time.LocalDate.of(1991, 3, 31);
    assertThat(clientLevelData.extract(from, to).rows())
        .filteredOn(r -> ClientLevelDataSpecification.REVIEW.equals(r.get(ClientLevelDataSpecification.EVENT_TYPE)))
        .hasSize(2).extracting(r -> r.get(ClientLevelDataSpecification.METHOD_OF_REVIEW))
        .containsOnly("Service user only");

    jdbc.update("update review set carer_took_part = true where id = ?", fixture.earlyReviewAskedBy);
    ClientLevelData.Extract joint;
    try {
      joint = clientLevelData.extract(from, to);
    } finally {
      jdbc.update("update review set carer_took_part = null where id = ?", fixture.earlyReviewAskedBy);
    }
    assertThat(joint.rows()).filteredOn(r -> fixture.earlyReviewAskedBy.toString()
            .equals(r.get(ClientLevelDataSpecification.EVENT_REFERENCE)))
        .singleElement().satisfies(r -> assertThat(r.get(ClientLevelDataSpecification.METHOD_OF_REVIEW))
            .isEqualTo("Service user and carer"));
    assertThat(ClientLevelDataSpecification.check(ClientLevelDataSpecification.COLUMNS, joint.rows())).isEmpty();
  }

  private ResponseEntity<String> get(String user, String url) {
    return http.withBasicAuth(user, "demo").getForEntity(url, String.class);
  }

  @SuppressWarnings("unchecked")
  private static Object path(Map<String, Object> body, String... keys) {
    Object at = body;
    for (String key : keys) {
      at = ((Map<String, Object>) at).get(key);
    }
    return at;
  }
}
