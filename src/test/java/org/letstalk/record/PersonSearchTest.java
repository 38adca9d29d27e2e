package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Finding people by part of a name, NHS number, date of birth and part of a postcode. */
@PostgresTest
class PersonSearchTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {
      };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  RecordAccessRepository accessLog;

  @Test
  void partOfTheGivenOrFamilyNameFindsThePersonWhateverTheCase() {
    String family = "Srch" + RecordFixtures.uniqueWord();
    Person margaret = RecordFixtures.person(people, "Margaret", family, LocalDate.of(1940, 4, 4), null, "M33 7XX");
    Person maggie = RecordFixtures.person(people, "Maggie", family + "-Jones", LocalDate.of(1941, 4, 4), null, "M33 7XX");
    Person other = RecordFixtures.person(people, "Peter", family, LocalDate.of(1942, 4, 4), null, "M33 7XX");

    assertThat(names(search("name=" + family.substring(0, 7).toLowerCase())))
        .contains(margaret.getFullName(), maggie.getFullName(), other.getFullName());
    assertThat(ids(search("name=marg " + family.toUpperCase()))).containsExactly(margaret.getId().toString());
    assertThat(ids(search("name=mag " + family))).containsExactly(maggie.getId().toString());
    assertThat(ids(search("name=jones " + family))).as("the second part of a double-barrelled name")
        .containsExactly(maggie.getId().toString());
    assertThat(search("name=argaret " + family)).as("names match from the start of a word, not inside it").isEmpty();
    assertThat(search("name=% " + family)).as("wildcards are taken literally").isEmpty();
  }

  @Test
  void nhsNumberIsExactAndSpacesAreIgnored() {
    String nhs = RecordFixtures.freshNhsNumber();
    Person person = RecordFixtures.person(people, "Nia", "Nhs" + RecordFixtures.uniqueWord(), LocalDate.of(1950, 5, 5),
        nhs, null);

    String spaced = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
    assertThat(ids(search("nhsNumber=" + spaced))).containsExactly(person.getId().toString());
    assertThat(search("nhsNumber=" + nhs.substring(0, 9) + (nhs.charAt(9) == '0' ? "1" : "0"))).isEmpty();
  }

  @Test
  void partOfAPostcodeWithOrWithoutSpacesAndDateOfBirthNarrowTheSearch() {
    String postcode = RecordFixtures.uniquePostcode();
    String family = "Post" + RecordFixtures.uniqueWord();
    Person older = RecordFixtures.person(people, "Olwen", family, LocalDate.of(1931, 1, 31), null, postcode);
    Person younger = RecordFixtures.person(people, "Yann", family, LocalDate.of(1961, 1, 31), null, postcode);
    String outward = postcode.substring(0, 4);
    String compact = postcode.replace(" ", "").toLowerCase();

    assertThat(ids(search("postcode=" + outward))).contains(older.getId().toString(), younger.getId().toString());
    assertThat(ids(search("postcode=" + compact))).containsExactlyInAnyOrder(older.getId().toString(),
        younger.getId().toString());
    assertThat(ids(search("postcode=" + compact + "&dateOfBirth=1931-01-31"))).containsExactly(older.getId().toString());
    assertThat(search("dateOfBirth=1931-01-31&name=" + family)).extracting(p -> p.get("givenName"))
        .containsExactly("Olwen");
    assertThat(search("postcode=" + compact + "&name=nobody")).isEmpty();
  }

  @Test
  void theSearchPageListsWhatItFoundWithLinksToTheRecord() {
    String family = "Page" + RecordFixtures.uniqueWord();
    Person person = RecordFixtures.person(people, "Pat", family, LocalDate.of(1939, 9, 3), null, "M33 7XX");

    ResponseEntity<String> page = http.withBasicAuth("frontdoor", "demo")
        .exchange("/people?name=" + family, HttpMethod.GET, null, String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("1 found").contains("href=\"/people/" + person.getId() + "\"")
        .contains("Pat " + family).contains("3 September 1939");
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId()))
        .extracting(RecordAccess::getAction).containsExactly("FOUND_BY_SEARCH");
  }

  @Test
  void aSearchWithNoCriteriaOrBadCriteriaIsRefused() {
    assertRefused("/api/people", "criteria");
    assertRefused("/api/people?name= &postcode=", "criteria");
    assertRefused("/api/people?nhsNumber=12345", "nhsNumber");
    assertRefused("/api/people?dateOfBirth=31/12/1940", "dateOfBirth");
    assertRefused("/api/people?postcode=M33%", "postcode");
  }

  private void assertRefused(String path, String field) {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("practitioner", "demo")
        .exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {
        });
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).as(path).containsEntry("field", field);
  }

  private List<Map<String, Object>> search(String query) {
    ResponseEntity<List<Map<String, Object>>> answer = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/people?" + query, HttpMethod.GET, null, JSON_LIST);
    assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static List<Object> names(List<Map<String, Object>> found) {
    return found.stream().map(p -> (Object) (p.get("givenName") + " " + p.get("familyName"))).toList();
  }

  private static List<String> ids(List<Map<String, Object>> found) {
    return found.stream().map(p -> (String) p.get("id")).toList();
  }
}
