package org.letstalk.team;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, UUID> {

  Optional<Team> findByName(String name);

  Optional<Team> findByGroupId(String groupId);

  boolean existsByGroupId(String groupId);
}
