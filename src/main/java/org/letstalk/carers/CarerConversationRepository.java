package org.letstalk.carers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarerConversationRepository extends JpaRepository<CarerConversation, UUID> {

  Optional<CarerConversation> findByTaskId(String taskId);

  Optional<CarerConversation> findFirstByProcessInstanceIdAndConversationTypeOrderByHeldAtDesc(
      String processInstanceId, CarerConversationType type);

  List<CarerConversation> findByCarerIdOrderByHeldAt(UUID carerId);
}
