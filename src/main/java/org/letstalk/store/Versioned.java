package org.letstalk.store;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record that changes after it is written: its version is the optimistic lock, so of two steps changing the same
 * row at once only the first wins and the other is retried on the row as it now is.
 */
@MappedSuperclass
public abstract class Versioned extends Identified {

  @Version
  private long version;
}
