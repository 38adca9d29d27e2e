package org.letstalk.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.AccessLog;
import org.letstalk.record.ChronologyEntry;
import org.letstalk.record.ChronologyPage;
import org.letstalk.record.ChronologyQuery;
import org.letstalk.record.PersonRecord;
import org.letstalk.record.PersonRecords;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.Viewer;
import org.letstalk.validation.NotAllowedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything held about one person, in one archive, for their subject access request: every row of every table that
 * names them (and the rows that belong to those, such as a plan's lines or a note's versions) as JSON for machines,
 * the same as a PDF for reading, their whole chronology (oldest first), the access log, and every document made for them as it was made.
 * Third parties' details inside safeguarding records are marked for redaction review before anything is released.
 * Only a team manager produces it, and producing it is logged on the record.
 */
@Service
@Transactional
public class SubjectAccessExport {

  static final String EXPORTED = "SUBJECT_ACCESS_EXPORT";
  static final String REFUSED = "REFUSED_SUBJECT_ACCESS_EXPORT";
  static final String REVIEW = "may name someone other than the person: review before release";

  /** Columns of safeguarding records that can name or describe someone other than the person. */
  static final Set<String> THIRD_PARTY = Set.of("alleged_person_name", "alleged_person_relationship",
      "raised_by_external", "meeting_attendees", "meeting_notes", "name", "relationship", "concern_description",
      "detail", "protection_plan", "emergency_action", "reported_by", "reporter_name", "reporter_phone");

  /** Tables that hold no one's record: sessions, request keys, the engine's and Flyway's own. */
  private static final List<String> NOT_RECORDS = List.of("spring_session", "flyway", "act_", "idempotency");

  private final JdbcTemplate jdbc;
  private final PersonRepository people;
  private final PersonRecords records;
  private final AccessLog accessLog;
  private final PersonDocumentRepository documents;
  private final DocumentTemplates templates;
  private final ObjectMapper json;
  private final Clock clock;

  public SubjectAccessExport(JdbcTemplate jdbc, PersonRepository people, PersonRecords records, AccessLog accessLog,
      PersonDocumentRepository documents, DocumentTemplates templates, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.records = records;
    this.accessLog = accessLog;
    this.documents = documents;
    this.templates = templates;
    this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.clock = clock;
  }

  /** The archive: a zip of record.json, record.pdf and documents/*.pdf. */
  public byte[] export(UUID personId, Viewer viewer) {
    if (!viewer.isIn(Groups.TEAM_MANAGERS)) {
      if (people.existsById(personId)) {
        accessLog.recordRefusal(personId, viewer.userId(), REFUSED, "only a team manager produces it");
      }
      throw new NotAllowedException("only a team manager produces a subject access export");
    }
    PersonRecord record = records.read(personId, viewer, ChronologyQuery.firstPage(), EXPORTED);
    Person person = record.person();
    List<ChronologyEntry> chronology = new ArrayList<>(record.chronology().entries());
    for (ChronologyPage page = record.chronology(); page.hasNext(); ) {
      page = records.chronology(personId, viewer, new ChronologyQuery(null, null, null, page.next()));
      chronology.addAll(page.entries());
    }
    Collections.reverse(chronology);
    Map<String, List<Map<String, Object>>> tables = rowsAbout(personId);
    List<String> forReview = new ArrayList<>();
    tables.forEach((table, rows) -> rows.stream().filter(row -> row.containsKey("redactionReview"))
        .forEach(row -> forReview.add(table + " " + row.get("id") + ": " + row.get("redactionReview"))));
    List<RecordAccess> log = accessLog.entriesFor(personId, viewer);
    List<PersonDocument> made = documents.findByPersonIdOrderByMadeAtAsc(personId);

    Map<String, Object> whole = new LinkedHashMap<>();
    whole.put("personId", personId);
    whole.put("producedAt", clock.instant());
    whole.put("producedBy", viewer.userId());
    whole.put("redactionReview", forReview);
    whole.put("chronology", chronology);
    whole.put("accessLog", log.stream().map(a -> Map.of("at", a.getAccessedAt(), "user", a.getUserId(),
        "action", a.getAction(), "detail", a.getDetail() == null ? "" : a.getDetail())).toList());
    whole.put("documents", made.stream().map(d -> Map.of("id", d.getId(), "file", file(d), "title", d.getTitle(),
        "language", d.getLanguage(), "templateVersion", d.getTemplateVersion(), "sha256", d.getContentSha256(),
        "madeBy", d.getMadeBy(), "madeAt", d.getMadeAt())).toList());
    whole.put("tables", tables);

    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("personName", person.getFullName());
    facts.put("producedAt", clock.instant().atZone(ZoneId.of("Europe/London")));
    facts.put("producedBy", viewer.userId());
    facts.put("timeline", chronology);
    facts.put("accessLog", log);
    facts.put("documents", made.stream().map(this::file).toList());
    facts.put("tables", tables);
    facts.put("forReview", forReview);
    byte[] pdf = templates.renderPage(DocumentTemplates.SUBJECT_ACCESS, person.getLanguage(), facts);

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      put(out, "record.json", json.writeValueAsBytes(whole));
      put(out, "record.pdf", pdf);
      for (PersonDocument d : made) {
        put(out, "documents/" + file(d), d.getContent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip.toByteArray();
  }

  private String file(PersonDocument d) {
    return d.getMadeAt().toString().substring(0, 10) + "-" + d.getKind().name().toLowerCase(Locale.ROOT)
        .replace('_', '-') + "-" + d.getId().toString().substring(0, 8) + ".pdf";
  }

  private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  /**
   * Every row that names the person: rows of the tables whose column refers to a person (by a foreign key to
   * person, or a column named person_id), and the rows of the tables that belong to those rows.
   */
  private Map<String, List<Map<String, Object>>> rowsAbout(UUID personId) {
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    tables.put("person", rows("person", "select * from person where id = ?", personId));
    Map<String, Set<String>> naming = new LinkedHashMap<>();
    for (Map<String, Object> fk : foreignKeys()) {
      if ("person".equals(fk.get("ref_table"))) {
        naming.computeIfAbsent((String) fk.get("tbl"), t -> new TreeSet<>()).add((String) fk.get("col"));
      }
    }
    for (String table : jdbc.queryForList("select table_name from information_schema.columns where table_schema ="
        + " current_schema() and column_name = 'person_id'", String.class)) {
      naming.computeIfAbsent(table.toLowerCase(Locale.ROOT), t -> new TreeSet<>()).add("person_id");
    }
    naming.keySet().removeIf(t -> NOT_RECORDS.stream().anyMatch(t::startsWith) || t.equals("person"));
    naming.forEach((table, columns) -> tables.put(table, rows(table, "select * from " + table + " where "
        + String.join(" or ", columns.stream().map(c -> c + " = ?").toList()), columns.stream().map(c -> personId)
        .toArray())));
    for (Map<String, Object> fk : foreignKeys()) {
      String parent = (String) fk.get("ref_table");
      String child = (String) fk.get("tbl");
      if (naming.containsKey(parent) && !naming.containsKey(child) && !child.equals("person")) {
        Set<String> columns = naming.get(parent);
        tables.put(child, rows(child, "select * from " + child + " where " + fk.get("col") + " in (select "
            + fk.get("ref_col") + " from " + parent + " where " + String.join(" or ", columns.stream()
            .map(c -> c + " = ?").toList()) + ")", columns.stream().map(c -> personId).toArray()));
      }
    }
    tables.values().removeIf(List::isEmpty);
    return tables;
  }

  private List<Map<String, Object>> foreignKeys() {
    return jdbc.queryForList("select lower(kcu.table_name) as tbl, lower(kcu.column_name) as col,"
        + " lower(ccu.table_name) as ref_table, lower(ccu.column_name) as ref_col"
        + " from information_schema.referential_constraints rc"
        + " join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name"
        + " and kcu.constraint_schema = rc.constraint_schema"
        + " join information_schema.key_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name"
        + " and ccu.constraint_schema = rc.unique_constraint_schema"
        + " and ccu.ordinal_position = kcu.position_in_unique_constraint"
        + " where kcu.table_schema = current_schema() order by 1, 2");
  }

  private List<Map<String, Object>> rows(String table, String sql, Object... args) {
    boolean safeguarding = table.startsWith("safeguarding");
    return jdbc.queryForList(sql, args).stream().map(row -> {
      Map<String, Object> out = new LinkedHashMap<>();
      List<String> review = new ArrayList<>();
      row.forEach((column, value) -> {
        String name = column.toLowerCase(Locale.ROOT);
        if (value instanceof byte[]) {
          out.put(name, "(the document itself: see documents/ in this archive)");
          return;
        }
        out.put(name, value instanceof Timestamp t ? t.toInstant() : value);
        if (safeguarding && value != null && THIRD_PARTY.contains(name)) {
          review.add(name);
        }
      });
      if (!review.isEmpty()) {
        out.put("redactionReview", String.join(", ", review) + " " + REVIEW);
      }
      return out;
    }).toList();
  }
}
