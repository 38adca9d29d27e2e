package org.letstalk.document;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentGivenRepository extends JpaRepository<DocumentGiven, UUID> {

  List<DocumentGiven> findByDocumentIdInOrderByGivenAtAsc(Collection<UUID> documentIds);
}
