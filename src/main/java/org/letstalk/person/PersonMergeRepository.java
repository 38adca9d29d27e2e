package org.letstalk.person;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonMergeRepository extends JpaRepository<PersonMerge, UUID> {

  @Query("select m from PersonMerge m where m.survivingPersonId = :personId or m.mergedPersonId = :personId"
      + " order by m.proposedAt")
  List<PersonMerge> involving(UUID personId);
}
