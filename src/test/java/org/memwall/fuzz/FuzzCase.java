package org.memwall.fuzz;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz case on a thread of its own, so a case that never returns (the old
 * {@code @/dev/zero}) fails the property instead of the build hanging, and measures the bytes it
 * allocated. Limits: {@value #SECONDS} s and {@value #MEGABYTES} MB allocated, far above what any
 * case needs (the largest, a 10,000-point sweep, takes a fraction of both) and far below a hang or
 * a file read whole many times over.
 */
final class FuzzCase {
    static final long SECONDS = 20;
    static final long MEGABYTES = 1500;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static ExecutorService executor = newExecutor();

    private FuzzCase() {
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    /** What the case returned, and what it cost. */
    record Ran<T>(T value, long millis, long allocatedBytes) {
    }

    /** Runs {@code work}; an exception or error it throws, a timeout or too much allocation is an {@link AssertionError} naming {@code what}. */
    static <T> Ran<T> run(String what, Callable<T> work) {
        Future<Ran<T>> future = executor.submit(() -> {
            long thread = Thread.currentThread().getId();
            long before = THREADS.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            T value = work.call();
            return new Ran<>(value, (System.nanoTime() - start) / 1_000_000, THREADS.getThreadAllocatedBytes(thread) - before);
        });
        Ran<T> ran;
        try {
            ran = future.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            throw new AssertionError("did not return within " + SECONDS + " s: " + what);
        } catch (ExecutionException e) {
            throw new AssertionError("threw " + e.getCause() + ": " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + what, e);
        }
        if (ran.allocatedBytes() > MEGABYTES << 20) {
            throw new AssertionError("allocated " + (ran.allocatedBytes() >> 20) + " MB: " + what);
        }
        return ran;
    }
}
