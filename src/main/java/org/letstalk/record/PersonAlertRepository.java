package org.letstalk.record;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonAlertRepository extends JpaRepository<PersonAlert, UUID> {

  List<PersonAlert> findByPersonIdOrderByAddedAtDesc(UUID personId);
}
