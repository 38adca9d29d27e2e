package letstalk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** Several clients doing the same thing in a loop for a fixed time; counts what finished inside it. */
final class Load {

  /** One client's work: created once per client thread, then called until time is up. */
  interface Work {
    void once() throws Exception;
  }

  record Outcome(double perSecond, long failed, Throwable firstFailure) {
  }

  private Load() {
  }

  static Outcome run(int clients, double seconds, IntFunction<Work> clientWork) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int number = i;
        running.add(pool.submit(() -> {
          Work work = clientWork.apply(number);
          while (System.nanoTime() < end) {
            try {
              work.once();
              if (System.nanoTime() <= end) {
                done.incrementAndGet();
              }
            } catch (Exception | AssertionError e) {
              failed.incrementAndGet();
              firstFailure.compareAndSet(null, e);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Load run interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(done.get() / seconds, failed.get(), firstFailure.get());
  }
}
