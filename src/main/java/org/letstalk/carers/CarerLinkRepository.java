package org.letstalk.carers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarerLinkRepository extends JpaRepository<CarerLink, UUID> {

  Optional<CarerLink> findByCarerIdAndCaredForId(UUID carerId, UUID caredForId);

  List<CarerLink> findByCarerIdOrderByLinkedAt(UUID carerId);

  List<CarerLink> findByCaredForIdOrderByLinkedAt(UUID caredForId);

  boolean existsByCarerIdOrCaredForId(UUID carerId, UUID caredForId);
}
