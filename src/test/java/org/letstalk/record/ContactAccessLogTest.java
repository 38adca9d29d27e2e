package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * A contact read while the front door is not yet sure whom it is about (a possible match waiting for a human) is in
 * the access log: against the contact at once, and in the person's log once the match is confirmed.
 */
@PostgresTest
class ContactAccessLogTest extends ProcessTestSupport {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ContactRepository contacts;

  @Autowired
  RecordAccessRepository log;

  @Test
  void aContactReadBeforeItsPersonIsConfirmedIsLoggedAndJoinsThePersonsLog() {
    Map<String, Object> form = new HashMap<>(Map.of("givenName", "Olive",
        "familyName", "Waiting" + RecordFixtures.uniqueWord(), "dateOfBirth", "1941-05-06", "postcode", "M33 7XX",
        "routeOfAccess", "SELF", "contactMethod", "PHONE", "presentingNeed", "Struggling with stairs",
        "consentToShare", true));
    ProcessInstance earlier = startContact("frontdoor", form);
    UUID personId = contacts.findByProcessInstanceId(earlier.getId()).orElseThrow().getPersonId();
    form.put("postcode", "M1 1AE");
    ProcessInstance waiting = startContact("frontdoor", form);
    Contact contact = contacts.findByProcessInstanceId(waiting.getId()).orElseThrow();
    assertThat(contact.getPersonId()).as("waiting for a human to confirm the match").isNull();

    assertThat(read("practitioner", contact.getId())).isEqualTo(200);
    assertThat(read("carers", contact.getId())).as("not yet known to be a carer or cared for").isEqualTo(403);

    assertThat(log.findByContactIdOrderByAccessedAtAsc(contact.getId()))
        .extracting(RecordAccess::getUserId, RecordAccess::getAction, RecordAccess::getPersonId)
        .containsExactly(tuple("practitioner", "READ_CONTACT", null), tuple("carers", "REFUSED_READ_CONTACT", null));

    complete("frontdoor", waiting, "Task_ConfirmPersonMatch",
        Map.of("matchConfirmed", true, "matchDecisionReason", "Moved house in the spring; confirmed by phone"));

    List<Map<String, Object>> personsLog = http.withBasicAuth("teammanager", "demo").exchange(
        "/api/access-log?personId=" + personId, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    assertThat(personsLog).as("the person's log, as a team manager reads it")
        .filteredOn(entry -> contact.getId().toString().equals(entry.get("contactId")))
        .extracting(entry -> entry.get("userId"), entry -> entry.get("action"))
        .containsExactly(tuple("practitioner", "READ_CONTACT"), tuple("carers", "REFUSED_READ_CONTACT"));

    assertThat(read("practitioner2", contact.getId())).isEqualTo(200);
    assertThat(log.findByContactIdOrderByAccessedAtAsc(contact.getId())).last()
        .extracting(RecordAccess::getUserId, RecordAccess::getPersonId).containsExactly("practitioner2", personId);
  }

  private int read(String user, UUID contactId) {
    return http.withBasicAuth(user, "demo").exchange("/api/contacts/" + contactId, HttpMethod.GET, null, String.class)
        .getStatusCode().value();
  }
}
