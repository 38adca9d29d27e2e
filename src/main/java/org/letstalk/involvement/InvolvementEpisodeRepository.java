package org.letstalk.involvement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvolvementEpisodeRepository extends JpaRepository<InvolvementEpisode, UUID> {

  Optional<InvolvementEpisode> findByProcessInstanceId(String processInstanceId);

  List<InvolvementEpisode> findByInvolvementIdOrderByStartedAt(UUID involvementId);
}
