package org.letstalk.person;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonDeathRepository extends JpaRepository<PersonDeath, UUID> {

  Optional<PersonDeath> findByPersonId(UUID personId);
}
