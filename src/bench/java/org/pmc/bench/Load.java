package org.pmc.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one kind of work on a fixed number of threads, each thread again and again: first for a warm-up
 * that is not counted (the JIT compiles the paths of this work; a cold JVM measured at 1x what a warm one
 * did at 10x in twice the time), then for the measured time.
 */
final class Load {

  /** One piece of work; {@code n} is unique across all threads (for unique addresses). */
  interface Work {
    void run(int worker, int n) throws Exception;
  }

  /** What a run did: completions per second and each completion's latency, both after the warm-up. */
  record Outcome(double perSecond, Latencies latencies, long errors) {}

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Load() {}

  /** A number no other piece of work has had (for a run outside {@link #run}, e.g. a warm-up). */
  static int next() {
    return SEQUENCE.incrementAndGet();
  }

  static Outcome run(int threads, Duration warmUp, Duration duration, Work work) throws Exception {
    long warmedUp = System.nanoTime() + warmUp.toNanos();
    long end = warmedUp + duration.toNanos();
    Latencies latencies = new Latencies();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> running = new ArrayList<>();
    for (int worker = 0; worker < threads; worker++) {
      int id = worker;
      running.add(pool.submit(() -> {
        while (System.nanoTime() < end) {
          long began = System.nanoTime();
          try {
            work.run(id, next());
            if (began >= warmedUp && System.nanoTime() <= end) {
              latencies.add(System.nanoTime() - began);
            }
          } catch (Exception | AssertionError e) {
            if (errors.incrementAndGet() <= 5) {
              System.err.println("bench: work failed: " + e);
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> thread : running) {
      thread.get();
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    double counted = (end - warmedUp) / 1e9;
    return new Outcome(latencies.count() / counted, latencies, errors.get());
  }
}
