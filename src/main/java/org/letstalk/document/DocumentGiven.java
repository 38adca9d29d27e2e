package org.letstalk.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.letstalk.store.Identified;

/** One giving of a document to the person: how, when and by whom. */
@Entity
@Immutable
@Table(name = "document_given")
public class DocumentGiven extends Identified {

  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "how", nullable = false)
  private GivenHow how;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  @Column(name = "given_by", nullable = false)
  private String givenBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DocumentGiven() {
  }

  static DocumentGiven of(UUID documentId, GivenHow how, Instant givenAt, String givenBy, Instant recordedAt) {
    DocumentGiven g = new DocumentGiven();
    g.documentId = documentId;
    g.how = how;
    g.givenAt = givenAt;
    g.givenBy = givenBy;
    g.recordedAt = recordedAt;
    return g;
  }

  public UUID getDocumentId() {
    return documentId;
  }

  public GivenHow getHow() {
    return how;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
