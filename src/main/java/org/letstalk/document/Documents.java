package org.letstalk.document;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.AccessLog;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents made for a person from their record. A step that completes asks for its document once: the
 * document is keyed by what it was made from, so a retried step finds the document it made instead of making a
 * second. A document is kept as made; a later change to the record makes a new document.
 */
@Service
@Transactional
public class Documents {

  static final String READ_DOCUMENTS = "READ_DOCUMENTS";
  static final String READ_DOCUMENT = "READ_DOCUMENT";
  static final String GAVE_DOCUMENT = "GAVE_DOCUMENT";
  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final PersonDocumentRepository documents;
  private final DocumentGivenRepository given;
  private final PersonRepository people;
  private final DocumentTemplates templates;
  private final Workers workers;
  private final RecordPolicy policy;
  private final AccessLog accessLog;
  private final Clock clock;

  public Documents(PersonDocumentRepository documents, DocumentGivenRepository given, PersonRepository people,
      DocumentTemplates templates, Workers workers, RecordPolicy policy, AccessLog accessLog, Clock clock) {
    this.documents = documents;
    this.given = given;
    this.people = people;
    this.templates = templates;
    this.workers = workers;
    this.policy = policy;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /** What a document shows of the person it is for. */
  public record Addressee(String fullName, String address, String postcode) {
  }

  /**
   * The document of {@code kind} made from the record {@code sourceId}, in the person's language, with
   * {@code facts} for its template; made once, found again when the step runs again.
   */
  public PersonDocument produce(DocumentKind kind, UUID sourceId, UUID personId, String madeBy,
      Map<String, Object> facts) {
    return Idempotent.write(documents, documents.findByKindAndSourceId(kind, sourceId), () -> {
      Person person = people.findById(personId).orElseThrow(() -> new NoSuchRecordException("no person " + personId));
      Instant now = clock.instant();
      Map<String, Object> all = new HashMap<>(facts);
      all.put("person", new Addressee(person.getFullName(), person.getAddress(), person.getPostcode()));
      all.put("madeAt", now.atZone(COUNCIL_TIME));
      all.put("madeBy", workers.nameOf(madeBy));
      Rendered rendered = templates.render(kind, person.getLanguage(), all);
      return PersonDocument.made(personId, kind, sourceId, rendered, madeBy, now);
    });
  }

  /** The person's documents, oldest first, with how each was given. */
  public List<Listed> listFor(UUID personId, Viewer viewer) {
    if (!people.existsById(personId)) {
      throw new NoSuchRecordException("no person " + personId);
    }
    policy.read(personId, viewer, READ_DOCUMENTS);
    List<DocumentSummary> summaries = documents.summariesFor(personId);
    Map<UUID, List<DocumentGiven>> givings = new HashMap<>();
    given.findByDocumentIdInOrderByGivenAtAsc(summaries.stream().map(DocumentSummary::id).toList())
        .forEach(g -> givings.computeIfAbsent(g.getDocumentId(), id -> new ArrayList<>()).add(g));
    return summaries.stream().map(s -> new Listed(s, givings.getOrDefault(s.id(), List.of()).stream()
        .map(Given::of).toList())).toList();
  }

  /** A document with how it was given, as its list shows it. */
  public record Listed(DocumentSummary document, List<Given> given) {
  }

  /** One giving of a document. */
  public record Given(GivenHow how, Instant givenAt, String givenBy) {
    static Given of(DocumentGiven g) {
      return new Given(g.getHow(), g.getGivenAt(), g.getGivenBy());
    }
  }

  /**
   * The document itself, for the viewer to download, if they may read the person's record (RecordPolicy); the read,
   * or the refusal, is logged on the record.
   */
  public PersonDocument read(UUID documentId, Viewer viewer) {
    PersonDocument document = documents.findById(documentId)
        .orElseThrow(() -> new NoSuchRecordException("no document " + documentId));
    policy.require(document.getPersonId(), viewer, READ_DOCUMENT);
    accessLog.record(document.getPersonId(), viewer.userId(), READ_DOCUMENT, document.getTitle() + " " + documentId);
    return document;
  }

  /**
   * The page a document was made from, to print from the browser, on the same terms as its PDF and logged as a read
   * of it. A document made before pages were kept has only its PDF.
   */
  public String page(UUID documentId, Viewer viewer) {
    PersonDocument document = read(documentId, viewer);
    return document.getHtml().orElseThrow(() -> new NoSuchRecordException("document " + documentId
        + " was made before its printable page was kept: print its PDF instead"));
  }

  /** Records that the viewer gave the document to the person, how and when (now unless said). */
  public Given give(UUID documentId, GivenHow how, Instant givenAt, Viewer viewer) {
    PersonDocument document = documents.findById(documentId)
        .orElseThrow(() -> new NoSuchRecordException("no document " + documentId));
    policy.require(document.getPersonId(), viewer, GAVE_DOCUMENT);
    Instant now = clock.instant();
    Instant when = givenAt == null ? now : givenAt;
    if (when.isAfter(now)) {
      throw new InputRejectedException("givenAt", "is in the future");
    }
    if (when.isBefore(document.getMadeAt())) {
      throw new InputRejectedException("givenAt", "is before the document was made");
    }
    DocumentGiven giving = given.saveAndFlush(DocumentGiven.of(documentId, how, when, viewer.userId(), now));
    accessLog.record(document.getPersonId(), viewer.userId(), GAVE_DOCUMENT, how + " " + documentId);
    return Given.of(giving);
  }
}
