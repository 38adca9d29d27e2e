package org.letstalk.record;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseNoteRepository extends JpaRepository<CaseNote, UUID> {

  List<CaseNote> findByPersonIdOrderByNoteDateAscNoteIdAscNoteVersionAsc(UUID personId);

  List<CaseNote> findByNoteIdOrderByNoteVersionAsc(UUID noteId);

  long countByPersonId(UUID personId);
}
