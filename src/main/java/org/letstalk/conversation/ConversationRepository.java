package org.letstalk.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationRepository extends JpaRepository<Conversation, UUID> {

  Optional<Conversation> findByTaskId(String taskId);

  List<Conversation> findByPersonIdOrderByHeldAt(UUID personId);

  boolean existsByInvolvementId(UUID involvementId);
}
