package org.letstalk.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMemberRepository extends JpaRepository<TeamMember, UUID> {

  List<TeamMember> findByWorkerUserIdOrderByJoinedAtAscIdAsc(String workerUserId);

  Optional<TeamMember> findByTeamIdAndWorkerUserId(UUID teamId, String workerUserId);

  List<TeamMember> findByTeamIdOrderByWorkerUserId(UUID teamId);
}
