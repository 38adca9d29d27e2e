package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The chronology is paged by place: each page goes on from where the one before ended, so entries of the same moment
 * are neither lost nor shown twice at a page's edge, a page does not shift when something newer is recorded, and the
 * filters by kind and date hold on every page.
 *
 * <p>The person: three contacts (one today, one at the very moment 5 May 2021 began, whose outcome was decided on
 * 6 May, and one on 3 May that raised a safeguarding concern) and forty case notes, thirty of them dated 5 May (so
 * thirty-one entries share one moment and a page ends among them), five on 4 May and five on 6 May.
 */
@PostgresTest
class ChronologyPagingTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final Viewer PRACTITIONER = new Viewer("practitioner", List.of(Groups.PRACTITIONERS));
  private static final Viewer SAFEGUARDING = new Viewer("safeguarding", List.of(Groups.SAFEGUARDING));
  private static final LocalDate MAY_4 = LocalDate.of(2021, 5, 4);
  private static final LocalDate MAY_5 = LocalDate.of(2021, 5, 5);
  private static final LocalDate MAY_6 = LocalDate.of(2021, 5, 6);

  @Autowired
  PersonRecords records;

  @Autowired
  CaseNotes notes;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TestRestTemplate http;

  UUID personId;

  @BeforeEach
  void aPersonWithALongDayOfNotes() {
    Map<String, Object> contact = new HashMap<>();
    contact.put("givenName", "Pagina");
    contact.put("familyName", "Keyset" + RecordFixtures.uniqueWord());
    contact.put("dateOfBirth", "1940-01-01");
    contact.put("postcode", RecordFixtures.uniquePostcode());
    contact.put("routeOfAccess", "SELF");
    contact.put("contactMethod", "PHONE");
    contact.put("presentingNeed", "Today's call");
    contact.put("consentToShare", true);
    ResponseEntity<Map<String, Object>> made = http.withBasicAuth("frontdoor", "demo")
        .exchange("/api/contacts", HttpMethod.POST, new org.springframework.http.HttpEntity<>(contact), JSON);
    assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    personId = UUID.fromString((String) made.getBody().get("personId"));
    UUID today = jdbc.queryForObject("select id from contact where person_id = ?", UUID.class, personId);
    copyContact(today, ChronologyQuery.startOf(MAY_5), "At midnight", false, Instant.parse("2021-05-06T10:00:00Z"));
    copyContact(today, Instant.parse("2021-05-03T12:00:00Z"), "Worried neighbour", true, null);
    for (int i = 0; i < 5; i++) {
      note(MAY_4, "Fourth of May, note " + i);
      note(MAY_6, "Sixth of May, note " + i);
    }
    for (int i = 0; i < 30; i++) {
      note(MAY_5, "Fifth of May, note " + i);
    }
  }

  @Test
  void everyEntryComesOnceNewestFirstWhereverAPageEndsAmongEntriesOfOneMoment() {
    List<List<String>> pages = walk(PRACTITIONER, ChronologyQuery.firstPage());

    assertThat(pages).extracting(List::size).containsExactly(25, 19);
    List<String> all = pages.stream().flatMap(List::stream).toList();
    assertThat(all).doesNotHaveDuplicates().hasSize(44);
    assertThat(all.stream().filter(e -> e.contains("Fifth of May"))).hasSize(30);
    assertThat(all).filteredOn(e -> e.startsWith(ChronologyQuery.startOf(MAY_5) + " CONTACT")).hasSize(1);
    assertThat(all.stream().map(e -> Instant.parse(e.substring(0, e.indexOf(' ')))).toList())
        .as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(all).as("the concern is for those who may read safeguarding detail")
        .noneMatch(e -> e.contains("SAFEGUARDING"));
    assertThat(walk(SAFEGUARDING, ChronologyQuery.firstPage()).stream().flatMap(List::stream))
        .hasSize(45).anyMatch(e -> e.contains("SAFEGUARDING"));

    assertThat(walk(PRACTITIONER, ChronologyQuery.firstPage())).as("the same pages every time").isEqualTo(pages);
  }

  @Test
  void aPageDoesNotShiftWhenSomethingNewerIsRecorded() {
    ChronologyPage first = records.chronology(personId, PRACTITIONER, ChronologyQuery.firstPage());
    List<String> second = described(records.chronology(personId, PRACTITIONER,
        new ChronologyQuery(null, null, null, first.next())));

    note(LocalDate.now(), "Written while the first page was being read");

    assertThat(described(records.chronology(personId, PRACTITIONER,
        new ChronologyQuery(null, null, null, first.next())))).isEqualTo(second);
    assertThat(described(records.chronology(personId, PRACTITIONER, ChronologyQuery.firstPage())))
        .as("the first page has it").anyMatch(e -> e.contains("Written while the first page was being read"));
  }

  @Test
  void theFiltersByKindAndDateHoldOnEveryPage() {
    List<String> fifth = walk(PRACTITIONER, new ChronologyQuery(java.util.Set.of(EntryKind.CASE_NOTE), MAY_5, MAY_5,
        null)).stream().flatMap(List::stream).toList();
    assertThat(fifth).hasSize(30).allMatch(e -> e.contains("Fifth of May"));

    List<List<String>> contactsAndDecisions = walk(PRACTITIONER,
        new ChronologyQuery(java.util.Set.of(EntryKind.CONTACT, EntryKind.DECISION), null, null, null));
    assertThat(contactsAndDecisions).hasSize(1);
    assertThat(contactsAndDecisions.get(0)).hasSize(4);
    assertThat(contactsAndDecisions.get(0).get(1)).contains("DECISION").contains("2021-05-06T10:00:00Z");

    List<String> fromTheSixth = walk(PRACTITIONER, new ChronologyQuery(null, MAY_6, null, null)).stream()
        .flatMap(List::stream).toList();
    assertThat(fromTheSixth).as("today's contact, the decision of 6 May and the notes of 6 May").hasSize(7)
        .noneMatch(e -> e.contains("Fifth of May"));

    List<String> upToTheFifth = walk(PRACTITIONER, new ChronologyQuery(null, null, MAY_5, null)).stream()
        .flatMap(List::stream).toList();
    assertThat(upToTheFifth).as("the notes of 4 and 5 May, the contacts of 3 May and of midnight on 5 May")
        .hasSize(37).noneMatch(e -> e.contains("Sixth of May") || e.contains("DECISION"));

    assertThat(walk(PRACTITIONER, new ChronologyQuery(java.util.Set.of(EntryKind.SAFEGUARDING), null, null, null)))
        .containsExactly(List.of());
  }

  @Test
  void theApiAndThePageLinkToTheNextPageWithTheSameFilters() {
    String base = "/api/people/" + personId + "/chronology";
    Map<String, Object> first = get(base + "?kind=CASE_NOTE&from=2021-05-05");
    assertThat(first).containsEntry("after", null).containsEntry("pageSize", 25);
    String next = (String) first.get("next");
    assertThat(next).startsWith(base + "?after=").contains("&kind=CASE_NOTE").contains("&from=2021-05-05");
    Map<String, Object> second = get(next);
    assertThat(second).containsEntry("next", null);
    assertThat((String) second.get("after")).isEqualTo(next.substring(next.indexOf("after=") + 6, next.indexOf('&')));
    assertThat(entries(first)).hasSize(25);
    assertThat(entries(second)).hasSize(10).allMatch(e -> ((String) e.get("kind")).equals("CASE_NOTE"));

    assertThat(entries(get(base + "?page=1"))).isEqualTo(entries(get(base)));
    ResponseEntity<String> bad = http.withBasicAuth("practitioner", "demo")
        .exchange(base + "?page=0&after=nowhere&size=101", HttpMethod.GET, null, String.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("page").contains("after").contains("size");

    String page = html("/people/" + personId + "?kind=CASE_NOTE");
    assertThat(page).contains("Newest first.").doesNotContain(">Newest</a>");
    Matcher older = Pattern.compile("href=\"([^\"]*after=[^\"]*)\">Older</a>").matcher(page);
    assertThat(older.find()).as("a link to older entries").isTrue();
    String secondPage = html(HtmlUtils.htmlUnescape(older.group(1)).replace("#chronology", ""));
    assertThat(secondPage).contains("Older entries, newest first.").contains(">Newest</a>")
        .doesNotContain(">Older</a>").contains("Fourth of May, note");
  }

  @Test
  void aPageByNumberIsThePageFollowingThePlacesGivesWhateverItsSize() {
    String base = "/api/people/" + personId + "/chronology";
    for (int size : new int[] {25, 10, 7}) {
      List<Map<String, Object>> byPlace = new ArrayList<>();
      Map<String, Object> page = get(base + "?size=" + size);
      byPlace.add(page);
      while (page.get("next") != null) {
        page = get((String) page.get("next"));
        byPlace.add(page);
      }
      assertThat(byPlace.stream().mapToInt(p -> entries(p).size()).sum()).as("size " + size).isEqualTo(44);
      for (int number = 1; number <= byPlace.size(); number++) {
        Map<String, Object> byNumber = get(base + "?page=" + number + "&size=" + size);
        assertThat(byNumber).as("page %d of %d entries", number, size).containsEntry("page", number)
            .containsEntry("pageSize", size).containsEntry("after", null);
        assertThat(entries(byNumber)).as("page %d of %d entries", number, size)
            .isEqualTo(entries(byPlace.get(number - 1)));
        assertThat(byNumber.get("nextPage")).isEqualTo(number == byPlace.size() ? null
            : base + "?page=" + (number + 1) + (size == 25 ? "" : "&size=" + size));
        assertThat(byNumber.get("next")).isEqualTo(byPlace.get(number - 1).get("next"));
      }
    }

    Map<String, Object> second = get(base + "?page=2&kind=CASE_NOTE");
    assertThat(entries(second)).hasSize(15).allMatch(e -> e.get("kind").equals("CASE_NOTE"));
    assertThat((String) second.get("next")).isNull();
    Map<String, Object> first = get(base + "?size=10");
    String place = ((String) first.get("next")).replaceAll(".*after=([^&]*).*", "$1");
    assertThat(entries(get(base + "?after=" + place + "&page=2&size=10")))
        .as("a page number counts from the place given").isEqualTo(entries(get(base + "?page=3&size=10")));

    ResponseEntity<String> tooFar = http.withBasicAuth("practitioner", "demo")
        .exchange(base + "?page=51&size=100", HttpMethod.GET, null, String.class);
    assertThat(tooFar.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooFar.getBody()).contains("page").contains("5000 entries in");
  }

  /** Every page of a query, following each page's place on, each entry as its moment, kind and title. */
  private List<List<String>> walk(Viewer viewer, ChronologyQuery query) {
    List<List<String>> pages = new ArrayList<>();
    ChronologyPage page = records.chronology(personId, viewer, query);
    pages.add(described(page));
    while (page.hasNext()) {
      page = records.chronology(personId, viewer,
          new ChronologyQuery(query.kinds(), query.from(), query.to(), page.next()));
      pages.add(described(page));
      assertThat(pages).as("pages end").hasSizeLessThan(10);
    }
    return pages;
  }

  private static List<String> described(ChronologyPage page) {
    return page.entries().stream().map(e -> e.at() + " " + e.kind() + " " + e.title() + ": " + e.details()).toList();
  }

  private void note(LocalDate date, String text) {
    notes.add(personId, new NoteContent(date, NoteKind.CALL, NoteCategory.VERIFIED_FACT, null, text), PRACTITIONER);
  }

  /** Another contact like {@code from}, arrived at {@code arrivedAt}, its outcome decided at {@code decidedAt}. */
  private void copyContact(UUID from, Instant arrivedAt, String need, boolean concern, Instant decidedAt) {
    jdbc.update("""
        insert into contact select * from jsonb_populate_record(null::contact, (select to_jsonb(c) || jsonb_build_object(
          'id', gen_random_uuid(), 'process_instance_id', 'copy-' || gen_random_uuid(), 'arrived_at', ?::timestamptz,
          'presenting_need', ?, 'safeguarding_concern', ?, 'safeguarding_detail', case when ? then 'Bruises' end,
          'outcome', case when ?::timestamptz is null then null else 'INFORMATION_AND_ADVICE' end,
          'outcome_reason', 'Advice was enough', 'outcome_decided_by', 'frontdoor', 'outcome_decided_at', ?::timestamptz)
          from contact c where c.id = ?))""",
        java.sql.Timestamp.from(arrivedAt), need, concern, concern,
        decidedAt == null ? null : java.sql.Timestamp.from(decidedAt),
        decidedAt == null ? null : java.sql.Timestamp.from(decidedAt), from);
  }

  private Map<String, Object> get(String path) {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("practitioner", "demo")
        .exchange(path, HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private String html(String path) {
    ResponseEntity<String> answer = http.withBasicAuth("practitioner", "demo")
        .exchange(path, HttpMethod.GET, null, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("entries");
  }
}
