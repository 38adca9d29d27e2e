package org.letstalk.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SafeguardingEnquiryRepository extends JpaRepository<SafeguardingEnquiry, UUID> {

  Optional<SafeguardingEnquiry> findByConcernId(UUID concernId);

  List<SafeguardingEnquiry> findByConcernIdIn(Collection<UUID> concernIds);
}
