package org.letstalk.person;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonChangeRepository extends JpaRepository<PersonChange, UUID> {

  List<PersonChange> findByPersonIdOrderByChangedAtAscIdAsc(UUID personId);
}
