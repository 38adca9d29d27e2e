package org.letstalk.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRepository extends JpaRepository<Contact, UUID> {

  Optional<Contact> findByProcessInstanceId(String processInstanceId);

  List<Contact> findByPersonIdOrderByArrivedAt(UUID personId);

  /**
   * A page's worth of the person's contacts for the chronology, in one statement: the latest {@code arrivals} that
   * arrived between {@code from} and {@code until} at or before the place ({@code at}, {@code id}) (only those that
   * raised a concern unless {@code everyContact}), and the latest {@code decisions} decided there. Each part reads its
   * index on the person (contact_person, contact_person_decided) from the place on, so a later page costs what the
   * first does. A contact may come twice.
   */
  @Query(nativeQuery = true, value = """
      (select c.* from contact c
        where c.person_id = :personId and c.arrived_at >= :from and c.arrived_at < :until
          and (c.arrived_at, c.id) <= (:at, :id) and (:everyContact or c.safeguarding_concern)
        order by c.arrived_at desc, c.id desc limit :arrivals)
      union all
      (select c.* from contact c
        where c.person_id = :personId and c.outcome_decided_at >= :from and c.outcome_decided_at < :until
          and (c.outcome_decided_at, c.id) <= (:at, :id)
        order by c.outcome_decided_at desc, c.id desc limit :decisions)""")
  List<Contact> chronologyPage(UUID personId, Instant from, Instant until, Instant at, UUID id, boolean everyContact,
      int arrivals, int decisions);
}
