package org.letstalk.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, UUID> {

  Optional<Review> findFirstByPlanIdAndCompletedAtIsNullOrderBySequenceNoDesc(UUID planId);

  Optional<Review> findFirstByPlanIdOrderBySequenceNoDesc(UUID planId);

  List<Review> findByPlanIdOrderBySequenceNo(UUID planId);

  List<Review> findByPersonId(UUID personId);
}
