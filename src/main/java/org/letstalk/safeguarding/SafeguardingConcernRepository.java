package org.letstalk.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SafeguardingConcernRepository extends JpaRepository<SafeguardingConcern, UUID> {

  Optional<SafeguardingConcern> findByProcessInstanceId(String processInstanceId);

  boolean existsByRaisedKey(String raisedKey);

  List<SafeguardingConcern> findByRaisedInProcessInstanceId(String processInstanceId);

  List<SafeguardingConcern> findByPersonIdOrderByRaisedAt(UUID personId);

  List<SafeguardingConcern> findByRaisedInProcessInstanceIdIn(Collection<String> processInstanceIds);
}
