package org.letstalk.record;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteDeletionRepository extends JpaRepository<NoteDeletion, UUID> {

  List<NoteDeletion> findByPersonIdOrderByRequestedAt(UUID personId);

  List<NoteDeletion> findByNoteId(UUID noteId);

  List<NoteDeletion> findByStatusOrderByRequestedAt(NoteDeletion.Status status);
}
