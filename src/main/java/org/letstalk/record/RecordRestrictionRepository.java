package org.letstalk.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordRestrictionRepository extends JpaRepository<RecordRestriction, UUID> {

  Optional<RecordRestriction> findByPersonId(UUID personId);

  List<RecordRestriction> findByPersonIdIn(Collection<UUID> personIds);
}
