package org.letstalk.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EarlyRequestRepository extends JpaRepository<EarlyRequest, UUID> {

  Optional<EarlyRequest> findByStepKey(String stepKey);

  List<EarlyRequest> findByReviewIdOrderByRequestedAt(UUID reviewId);

  List<EarlyRequest> findByReviewIdInOrderByRequestedAt(Collection<UUID> reviewIds);
}
