package org.letstalk.safeguarding;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RepresentativeRepository extends JpaRepository<Representative, UUID> {

  boolean existsByConcernIdAndStep(UUID concernId, String step);

  List<Representative> findByConcernId(UUID concernId);
}
