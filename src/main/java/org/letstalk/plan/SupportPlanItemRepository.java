package org.letstalk.plan;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportPlanItemRepository extends JpaRepository<SupportPlanItem, UUID> {

  List<SupportPlanItem> findByPlanIdOrderByPosition(UUID planId);

  List<SupportPlanItem> findByPlanIdInOrderByPosition(Collection<UUID> planIds);

  void deleteByPlanId(UUID planId);
}
