package org.letstalk.record;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecordAccessRepository extends JpaRepository<RecordAccess, UUID> {

  List<RecordAccess> findByPersonIdOrderByAccessedAtAsc(UUID personId);

  List<RecordAccess> findByContactIdOrderByAccessedAtAsc(UUID contactId);

  List<RecordAccess> findByUserIdAndDetailStartingWithAndAccessedAtAfter(String userId, String detail, java.time.Instant since);

  /** The person's entries and those of their contacts read before the person was confirmed, oldest first. */
  @Query(value = """
      select * from record_access a
       where a.person_id = :personId
          or (a.person_id is null and a.contact_id in (select c.id from contact c where c.person_id = :personId))
       order by a.accessed_at, a.id
      """, nativeQuery = true)
  List<RecordAccess> findOfPerson(@Param("personId") UUID personId);
}
