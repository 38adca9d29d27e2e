package org.letstalk.person;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one person. On approval every row that names the record merged away, in any table that
 * refers to a person (found from the schema, so a table added later moves too), is re-pointed to the surviving
 * record in the approving transaction, and what moved is kept with the merge.
 */
@Service
@Transactional
public class RecordMerges {

  public static final String DUPLICATE_PERSON_ID = "duplicatePersonId";
  public static final String REASON = "reason";

  /** Tables that keep the merge itself, or the people, rather than belonging to a person's record. */
  private static final Set<String> NOT_MOVED = Set.of("person", "person_merge");

  private final PersonRepository people;
  private final PersonMergeRepository merges;
  private final PersonDetailsKeeper keeper;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public RecordMerges(PersonRepository people, PersonMergeRepository merges, PersonDetailsKeeper keeper,
      JdbcTemplate jdbc, Clock clock) {
    this.people = people;
    this.merges = merges;
    this.keeper = keeper;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A proposal to merge {@code mergedId} into {@code survivingId}, refused when the records cannot be one person. */
  public PersonMerge propose(UUID survivingId, UUID mergedId, String reason, String by) {
    if (mergedId.equals(survivingId)) {
      throw new InputRejectedException(DUPLICATE_PERSON_ID, "is this same record; name the other record of the person");
    }
    requireMergeable(person(survivingId), person(mergedId));
    merges.involving(mergedId).stream()
        .filter(m -> m.getStatus() == PersonMerge.Status.PROPOSED && m.getMergedPersonId().equals(mergedId))
        .findFirst().ifPresent(waiting -> {
          throw new ConflictException("a merge of record " + mergedId + " is already waiting for a team manager ("
              + waiting.getId() + ")");
        });
    return merges.saveAndFlush(PersonMerge.proposed(survivingId, mergedId, reason, by, clock.instant()));
  }

  public void awaitDecisionIn(UUID mergeId, String processInstanceId) {
    merge(mergeId).awaitDecisionIn(processInstanceId);
  }

  /** Refuses a merge of records that cannot be one person: either merged already, or two NHS numbers. */
  public void requireMergeable(Person surviving, Person merged) {
    for (Person p : List.of(surviving, merged)) {
      if (p.getMergedInto() != null) {
        throw new ConflictException("record " + p.getId() + " was already merged into " + p.getMergedInto());
      }
    }
    if (surviving.getNhsNumber() != null && merged.getNhsNumber() != null
        && !surviving.getNhsNumber().equals(merged.getNhsNumber())) {
      throw new ConflictException("the NHS numbers differ (" + surviving.getNhsNumber() + " on " + surviving.getId()
          + ", " + merged.getNhsNumber() + " on " + merged.getId() + "): two NHS numbers are two people; correct the"
          + " wrong one first");
    }
  }

  /** Records the decision; an approval moves every row of the merged record to the surviving one. */
  public PersonMerge decide(UUID mergeId, boolean approve, String why, String by) {
    PersonMerge merge = undecided(mergeId);
    String moved = null;
    if (approve) {
      Person surviving = person(merge.getSurvivingPersonId());
      Person merged = person(merge.getMergedPersonId());
      requireMergeable(surviving, merged);
      String nhsNumber = merged.getNhsNumber();
      merged.mergedInto(surviving.getId());
      people.saveAndFlush(merged);
      moved = repoint(merged.getId(), surviving.getId());
      surviving.completeFrom(new PersonDetails(merged.getGivenName(), merged.getFamilyName(),
          merged.getDateOfBirth(), nhsNumber, merged.getPostcode(), merged.getAddress(), merged.getPhone(),
          merged.getPreferredLanguage(), merged.getCommunicationNeeds()));
      people.saveAndFlush(surviving);
      keeper.recordChange(surviving.getId(), "mergedRecord", null, merged.getId().toString(), by);
    }
    merge.decided(approve, by, why, moved, clock.instant());
    return merges.saveAndFlush(merge);
  }

  @Transactional(readOnly = true)
  public PersonMerge undecided(UUID mergeId) {
    PersonMerge merge = merge(mergeId);
    if (merge.getStatus() != PersonMerge.Status.PROPOSED) {
      throw new ConflictException("merge " + mergeId + " was already decided: " + merge.getStatus());
    }
    return merge;
  }

  @Transactional(readOnly = true)
  public PersonMerge merge(UUID mergeId) {
    return merges.findById(mergeId).orElseThrow(() -> new NoSuchRecordException("no merge " + mergeId));
  }

  @Transactional(readOnly = true)
  public List<PersonMerge> involving(UUID personId) {
    return merges.involving(personId);
  }

  private Person person(UUID personId) {
    return people.findById(personId).orElseThrow(() -> new NoSuchRecordException("no person " + personId));
  }

  /** Moves every row naming {@code from} to {@code to}; answers each table and column with its count. */
  private String repoint(UUID from, UUID to) {
    List<String> moved = new ArrayList<>();
    for (String[] column : personColumns()) {
      int count = jdbc.update("update \"" + column[0] + "\" set \"" + column[1] + "\" = ? where \"" + column[1]
          + "\" = ?", to, from);
      if (count > 0) {
        moved.add(column[0] + "." + column[1] + " " + count);
      }
    }
    String all = String.join(", ", moved);
    return all.length() <= 4000 ? all : all.substring(0, 3999) + "…";
  }

  /** Every column that names a person: a foreign key to person, or a uuid column called ..person_id. */
  private Set<String[]> personColumns() {
    Set<String> seen = new TreeSet<>();
    jdbc.query("""
        select kcu.table_name, kcu.column_name
          from information_schema.referential_constraints rc
          join information_schema.key_column_usage kcu
            on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
          join information_schema.key_column_usage pk
            on pk.constraint_name = rc.unique_constraint_name and pk.constraint_schema = rc.unique_constraint_schema
         where lower(pk.table_name) = 'person' and kcu.table_schema = current_schema()
        """, row -> {
          seen.add(row.getString(1) + "\t" + row.getString(2));
        });
    jdbc.query("""
        select table_name, column_name from information_schema.columns
         where table_schema = current_schema() and lower(column_name) like '%person\\_id' escape '\\'
        """, row -> {
          seen.add(row.getString(1) + "\t" + row.getString(2));
        });
    Set<String[]> columns = new java.util.LinkedHashSet<>();
    for (String entry : seen) {
      String[] column = entry.split("\t");
      if (!NOT_MOVED.contains(column[0].toLowerCase())) {
        columns.add(column);
      }
    }
    return columns;
  }
}
