package org.letstalk.safeguarding.flow;

import java.util.Map;
import java.util.function.Supplier;
import org.letstalk.safeguarding.SafeguardingConcern.Origin;

/**
 * What our own code hands a concern it raises, in the same thread and engine transaction: the concern's own fields
 * told in a conversation, and where and by whom it was raised. Nobody can set it through the engine's API, so a
 * concern started any other way (Tasklist's start form, the engine REST API, a message) is raised by the signed-in
 * user with nothing but its form; and nothing of a concern is left in the raising process's variables.
 */
public final class RaisedHere {

  private static final ThreadLocal<Map<String, Object>> TOLD = new ThreadLocal<>();
  private static final ThreadLocal<Origin> ORIGIN = new ThreadLocal<>();

  private RaisedHere() {
  }

  /** Runs {@code work} with the concern told in a conversation handed to the step that raises it. */
  static <T> T told(Map<String, Object> concern, Supplier<T> work) {
    return with(TOLD, Map.copyOf(concern), work);
  }

  /** The concern told in this request, or null when the raising process's own variables describe it. */
  static Map<String, Object> told() {
    return TOLD.get();
  }

  /**
   * Runs {@code work} with where the concern was raised handed to the concern process it starts: for our raising
   * step, and for a test standing in for one.
   */
  public static <T> T from(Origin origin, Supplier<T> work) {
    return with(ORIGIN, origin, work);
  }

  /** Where our raising step said the concern comes from, or null when anything else started it. */
  static Origin origin() {
    return ORIGIN.get();
  }

  private static <V, T> T with(ThreadLocal<V> holder, V value, Supplier<T> work) {
    V before = holder.get();
    holder.set(value);
    try {
      return work.get();
    } finally {
      if (before == null) {
        holder.remove();
      } else {
        holder.set(before);
      }
    }
  }
}
