package org.letstalk.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.letstalk.store.Identified;

/** One version of a case note. Rows are never changed: a correction is a new version of the same note. */
@Entity
@Table(name = "case_note")
public class CaseNote extends Identified {

  @Column(name = "note_id", nullable = false)
  private UUID noteId;

  @Column(name = "note_version", nullable = false)
  private int noteVersion;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "note_date", nullable = false)
  private LocalDate noteDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private NoteKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private NoteCategory category;

  @Column(name = "evidence")
  private String evidence;

  @Column(name = "note_text", nullable = false)
  private String text;

  @Column(name = "correction_reason")
  private String correctionReason;

  @Column(name = "written_by", nullable = false)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected CaseNote() {
  }

  static CaseNote first(UUID personId, NoteContent content, String writtenBy, Instant now) {
    return version(UUID.randomUUID(), 1, personId, content, null, writtenBy, now);
  }

  CaseNote correctedBy(NoteContent content, String reason, String writtenBy, Instant now) {
    return version(noteId, noteVersion + 1, personId, content, reason, writtenBy, now);
  }

  private static CaseNote version(UUID noteId, int number, UUID personId, NoteContent content, String reason,
      String writtenBy, Instant now) {
    CaseNote note = new CaseNote();
    note.noteId = noteId;
    note.noteVersion = number;
    note.personId = personId;
    note.noteDate = content.date();
    note.kind = content.kind();
    note.category = content.category();
    note.evidence = content.evidence();
    note.text = content.text();
    note.correctionReason = reason;
    note.writtenBy = writtenBy;
    note.writtenAt = now;
    return note;
  }

  public UUID getNoteId() {
    return noteId;
  }

  public int getNoteVersion() {
    return noteVersion;
  }

  public UUID getPersonId() {
    return personId;
  }

  public LocalDate getNoteDate() {
    return noteDate;
  }

  public NoteKind getKind() {
    return kind;
  }

  public NoteCategory getCategory() {
    return category;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getText() {
    return text;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
