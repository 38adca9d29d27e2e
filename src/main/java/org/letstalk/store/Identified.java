package org.letstalk.store;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * What every row the application writes begins with: its id, a random UUID given when the record is made, so the
 * record is known by its id before it is written.
 */
@MappedSuperclass
public abstract class Identified {

  @Id
  private UUID id = UUID.randomUUID();

  public UUID getId() {
    return id;
  }
}
