package org.letstalk.contact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, UUID> {

  Optional<Contact> findByProcessInstanceId(String processInstanceId);

  List<Contact> findByPersonIdOrderByArrivedAt(UUID personId);
}
