package org.letstalk.audit;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRoundRepository extends JpaRepository<AuditRound, UUID> {

  Optional<AuditRound> findByProcessInstanceId(String processInstanceId);
}
