package org.letstalk.record;

import static org.letstalk.FormFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.letstalk.PostgresTest;
import org.letstalk.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Case notes are never changed in place nor deleted silently [T 5.15]. */
@PostgresTest
class CaseNotesTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  CaseNoteRepository notes;

  @Autowired
  NoteDeletionRepository deletions;

  @Test
  void aCorrectionIsANewVersionAndTheOldOneStaysOnTheRecordMarkedSuperseded() {
    UUID personId = person();
    String noteId = (String) post("practitioner", "/api/people/" + personId + "/notes",
        note("VERIFIED_FACT", "Visited; the back door lock is broken")).getBody().get("noteId");

    Map<String, Object> correction = note("VERIFIED_FACT", "Visited; the front door lock is broken");
    correction.put("correctionReason", "I wrote back door by mistake");
    ResponseEntity<Map<String, Object>> corrected = post("practitioner2",
        "/api/people/" + personId + "/notes/" + noteId + "/versions", correction);

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(corrected.getBody()).containsEntry("version", 2).containsEntry("noteId", noteId);
    assertThat(notes.findByNoteIdOrderByNoteVersionAsc(UUID.fromString(noteId)))
        .extracting(CaseNote::getText, CaseNote::getWrittenBy)
        .containsExactly(
            tuple("Visited; the back door lock is broken", "practitioner"),
            tuple("Visited; the front door lock is broken", "practitioner2"));
    String page = page("practitioner", personId);
    assertThat(page).contains("the back door lock is broken").contains("Superseded by a later version")
        .contains("the front door lock is broken").contains("Corrects version 1: I wrote back door by mistake");

    Map<String, Object> noReason = note("VERIFIED_FACT", "Another change");
    assertThat(post("practitioner", "/api/people/" + personId + "/notes/" + noteId + "/versions", noReason).getBody())
        .containsEntry("field", "correctionReason");
    assertThat(notes.findByNoteIdOrderByNoteVersionAsc(UUID.fromString(noteId))).hasSize(2);
  }

  @Test
  void aDeletionNeedsAReasonAndAManagerWhoIsNotTheRequesterAndBothAreKept() {
    UUID personId = person();
    String noteId = (String) post("practitioner", "/api/people/" + personId + "/notes",
        note("UNATTRIBUTED", "Someone rang to say he drinks; no name given")).getBody().get("noteId");
    String path = "/api/people/" + personId + "/notes/" + noteId + "/deletion-requests";

    assertThat(post("practitioner", path, Map.of()).getBody()).containsEntry("field", "reason");
    String requestId = (String) post("practitioner", path,
        Map.of("reason", "Recorded on the wrong person's file")).getBody().get("id");
    String decide = "/api/note-deletion-requests/" + requestId + "/decision";

    assertThat(post("practitioner2", decide, Map.of("approve", true)).getStatusCode())
        .as("a practitioner is not a manager").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page("practitioner", personId)).contains("he drinks").doesNotContain("Deleted on");

    ResponseEntity<Map<String, Object>> approved = post("teammanager", decide,
        Map.of("approve", true, "decisionReason", "Confirmed it is about his neighbour"));

    assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(approved.getBody()).containsEntry("status", "APPROVED").containsEntry("decidedBy", "teammanager");
    assertThat(notes.findByNoteIdOrderByNoteVersionAsc(UUID.fromString(noteId))).as("the note itself is kept")
        .hasSize(1);
    assertThat(page("practitioner", personId)).contains("Deleted on")
        .contains("requested by Priya Patel: Recorded on the wrong person&#39;s file; approved by Tessa Morgan");
    assertThat(post("teammanager2", decide, Map.of("approve", false, "decisionReason", "x")).getBody())
        .as("decided once").containsEntry("field", "requestId");
  }

  @Test
  void aManagerCannotApproveTheirOwnDeletionRequest() {
    UUID personId = person();
    String noteId = (String) post("teammanager", "/api/people/" + personId + "/notes",
        note("VERIFIED_FACT", "Meeting with the GP")).getBody().get("noteId");
    String requestId = (String) post("teammanager", "/api/people/" + personId + "/notes/" + noteId
        + "/deletion-requests", Map.of("reason", "Duplicate of another note")).getBody().get("id");

    ResponseEntity<Map<String, Object>> own = post("teammanager",
        "/api/note-deletion-requests/" + requestId + "/decision", Map.of("approve", true));

    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deletions.findById(UUID.fromString(requestId)).orElseThrow().getStatus())
        .isEqualTo(NoteDeletion.Status.REQUESTED);

    ResponseEntity<Map<String, Object>> refused = post("servicemanager",
        "/api/note-deletion-requests/" + requestId + "/decision", Map.of("approve", false));
    assertThat(refused.getBody()).as("refusing needs a reason").containsEntry("field", "decisionReason");
    assertThat(post("servicemanager", "/api/note-deletion-requests/" + requestId + "/decision",
        Map.of("approve", false, "decisionReason", "Not a duplicate: different date")).getBody())
        .containsEntry("status", "REFUSED");
  }

  static Stream<Arguments> badNotes() {
    return Stream.of(
        Arguments.of(without(note("VERIFIED_FACT", "x"), "category"), "category"),
        Arguments.of(with(note("VERIFIED_FACT", "x"), "category", "GOSSIP"), "category"),
        Arguments.of(note("OPINION", "I think she is lonely"), "evidence"),
        Arguments.of(without(note("VERIFIED_FACT", "x"), "kind"), "kind"),
        Arguments.of(with(note("VERIFIED_FACT", "x"), "kind", "EMAIL"), "kind"),
        Arguments.of(without(note("VERIFIED_FACT", "x"), "date"), "date"),
        Arguments.of(with(note("VERIFIED_FACT", "x"), "date", LocalDate.now().plusDays(2).toString()), "date"),
        Arguments.of(with(note("VERIFIED_FACT", "x"), "date", "0001-01-01"), "date"),
        Arguments.of(with(note("VERIFIED_FACT", "x"), "date", "1947-07-06"), "date"),
        Arguments.of(with(note("VERIFIED_FACT", "x"), "text", "  "), "text"),
        Arguments.of(with(note("VERIFIED_FACT", "x"), "text", "x".repeat(4001)), "text"));
  }

  @ParameterizedTest
  @MethodSource("badNotes")
  void aBadNoteIsRefusedNamingTheFieldAndNothingIsStored(Map<String, Object> body, String field) {
    UUID personId = person();

    ResponseEntity<Map<String, Object>> answer = post("practitioner", "/api/people/" + personId + "/notes", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat(notes.countByPersonId(personId)).isZero();
  }

  private UUID person() {
    return RecordFixtures.person(people, "Nora", "Note" + RecordFixtures.uniqueWord(), LocalDate.of(1947, 7, 7),
        null, null).getId();
  }

  static Map<String, Object> note(String category, String text) {
    Map<String, Object> note = new HashMap<>();
    note.put("date", "2023-03-03");
    note.put("kind", "VISIT");
    note.put("category", category);
    note.put("text", text);
    return note;
  }

  private static Map<String, Object> without(Map<String, Object> note, String key) {
    Map<String, Object> copy = new HashMap<>(note);
    copy.remove(key);
    return copy;
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  private String page(String user, UUID personId) {
    return http.withBasicAuth(user, "demo").exchange("/people/" + personId, HttpMethod.GET, null, String.class)
        .getBody();
  }
}
