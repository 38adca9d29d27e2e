package org.letstalk.authorisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorisationRequestRepository extends JpaRepository<AuthorisationRequest, UUID> {

  Optional<AuthorisationRequest> findByProcessInstanceId(String processInstanceId);

  List<AuthorisationRequest> findByPersonIdOrderByRequestedAt(UUID personId);
}
