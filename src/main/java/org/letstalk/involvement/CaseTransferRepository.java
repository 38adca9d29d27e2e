package org.letstalk.involvement;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseTransferRepository extends JpaRepository<CaseTransfer, UUID> {

  List<CaseTransfer> findByPersonIdOrderByTransferredAt(UUID personId);
}
