package org.letstalk.store;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * How every step writes its record once. A step can run again (a retry after a failure, a lost optimistic lock,
 * a model that loops back), so what it writes is keyed by the step: the task that recorded it, the process
 * instance it belongs to, the activity instance that asked. The key is unique in the table, so a second writer
 * racing the first is refused by the database, not by a check in code.
 */
public final class Idempotent {

  private Idempotent() {
  }

  /**
   * What an earlier run of the step wrote, found by its key, or the record {@code make} makes now, written at
   * once so the unique key refuses a racing duplicate in this transaction.
   */
  public static <T> T write(JpaRepository<T, ?> table, Optional<T> earlier, Supplier<T> make) {
    return earlier.orElseGet(() -> table.saveAndFlush(make.get()));
  }

  /** Changes {@code record} unless an earlier run of the step already did, as {@code done} tells. */
  public static <T> T change(T record, Predicate<T> done, Consumer<T> change) {
    if (!done.test(record)) {
      change.accept(record);
    }
    return record;
  }
}
