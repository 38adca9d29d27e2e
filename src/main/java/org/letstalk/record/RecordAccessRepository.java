package org.letstalk.record;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordAccessRepository extends JpaRepository<RecordAccess, UUID> {

  List<RecordAccess> findByPersonIdOrderByAccessedAtAsc(UUID personId);
}
