package org.letstalk.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.letstalk.person.Language;
import org.letstalk.store.Identified;

/** A document made for the person, kept exactly as made: never rewritten (the database refuses an update). */
@Entity
@Immutable
@Table(name = "person_document")
public class PersonDocument extends Identified {

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private DocumentKind kind;

  @Column(name = "source_id", nullable = false)
  private UUID sourceId;

  @Column(name = "title", nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false)
  private Language language;

  @Column(name = "template_version", nullable = false)
  private String templateVersion;

  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "content_sha256", nullable = false)
  private String contentSha256;

  /** The page the PDF was made from, UTF-8; none for documents made before pages were kept. */
  @Column(name = "html")
  private byte[] html;

  @Column(name = "made_by", nullable = false)
  private String madeBy;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  protected PersonDocument() {
  }

  static PersonDocument made(UUID personId, DocumentKind kind, UUID sourceId, Rendered rendered, String madeBy,
      Instant madeAt) {
    PersonDocument d = new PersonDocument();
    d.personId = personId;
    d.kind = kind;
    d.sourceId = sourceId;
    d.title = rendered.title();
    d.language = rendered.language();
    d.templateVersion = rendered.templateVersion();
    d.content = rendered.pdf();
    d.contentSha256 = Rendered.sha256(rendered.pdf());
    d.html = rendered.html().getBytes(StandardCharsets.UTF_8);
    d.madeBy = madeBy;
    d.madeAt = madeAt;
    return d;
  }

  public UUID getPersonId() {
    return personId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public UUID getSourceId() {
    return sourceId;
  }

  public String getTitle() {
    return title;
  }

  public Language getLanguage() {
    return language;
  }

  public String getTemplateVersion() {
    return templateVersion;
  }

  public byte[] getContent() {
    return content.clone();
  }

  /** The page to print, as it was made with the PDF, if it was kept. */
  public Optional<String> getHtml() {
    return Optional.ofNullable(html).map(page -> new String(page, StandardCharsets.UTF_8));
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public Instant getMadeAt() {
    return madeAt;
  }
}
