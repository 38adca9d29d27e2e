package org.letstalk.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonDocumentRepository extends JpaRepository<PersonDocument, UUID> {

  Optional<PersonDocument> findByKindAndSourceId(DocumentKind kind, UUID sourceId);

  /** The person's documents, oldest first, without their content. */
  @Query("select new org.letstalk.document.DocumentSummary(d.id, d.personId, d.kind, d.title, d.language,"
      + " d.templateVersion, d.contentSha256, d.madeBy, d.madeAt) from PersonDocument d"
      + " where d.personId = :personId order by d.madeAt, d.id")
  List<DocumentSummary> summariesFor(UUID personId);

  List<PersonDocument> findByPersonIdOrderByMadeAtAsc(UUID personId);
}
