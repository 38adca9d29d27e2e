package org.letstalk.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

  @Query("select p from Person p where p.details.nhsNumber = :nhsNumber")
  Optional<Person> findByNhsNumber(String nhsNumber);

  Optional<Person> findByIdentityKey(String identityKey);

  /**
   * People who could be the one described: same date of birth and family name, or same name and postcode; never a
   * record merged into another.
   */
  @Query("""
      select p from Person p
      where ((p.details.dateOfBirth = :dateOfBirth and lower(p.details.familyName) = lower(:familyName))
         or (p.nameKey = :nameKey and p.postcodeKey = :postcodeKey)
         or (p.nameKey = :nameKey and p.details.dateOfBirth = :dateOfBirth))
        and p.mergedInto is null
      order by p.createdAt
      """)
  List<Person> findLikelyMatches(String nameKey, String familyName, LocalDate dateOfBirth, String postcodeKey);
}
