package org.letstalk.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseAuditRepository extends JpaRepository<CaseAudit, UUID> {

  List<CaseAudit> findByRoundIdOrderByAuditorAscPersonIdAsc(UUID roundId);

  List<CaseAudit> findByPersonId(UUID personId);
}
