package org.memwall.core.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Runs {@code count} independent evaluations on an executor, in contiguous slices, and gives the
 * results in input order. Each result depends only on its index, so the answer is the same as a
 * loop on one thread, whatever the number of threads or the order the slices finish in.
 */
public final class ParallelEvaluator {
    /** Slices per thread: enough that one slow slice does not leave the other threads idle at the end. */
    static final int SLICES_PER_THREAD = 4;

    private final Executor executor;
    private final int threads;

    /**
     * @param executor runs the slices; its threads should number {@code threads}
     * @param threads  how many slices run at once; 1 runs everything on the calling thread
     */
    public ParallelEvaluator(Executor executor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.executor = Objects.requireNonNull(executor, "executor");
        this.threads = threads;
    }

    /** Everything on the calling thread. */
    public static ParallelEvaluator sequential() {
        return new ParallelEvaluator(Runnable::run, 1);
    }

    public int threads() {
        return threads;
    }

    /**
     * Starts the evaluations; the future completes with every result, or exceptionally with the
     * first exception one threw, or with a {@link CancellationException} when {@code cancelled}
     * said so between two evaluations.
     */
    public <T> CompletableFuture<List<T>> evaluate(int count, IntFunction<T> evaluation, BooleanSupplier cancelled) {
        Object[] out = new Object[count];
        int slices = threads == 1 ? 1 : Math.min(count, threads * SLICES_PER_THREAD);
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (int s = 0; s < slices; s++) {
            int from = (int) ((long) count * s / slices);
            int to = (int) ((long) count * (s + 1) / slices);
            Runnable slice = () -> {
                for (int i = from; i < to; i++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("a newer computation replaced this one");
                    }
                    out[i] = evaluation.apply(i);
                }
            };
            parts.add(threads == 1 ? run(slice) : CompletableFuture.runAsync(slice, executor));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
            @SuppressWarnings("unchecked")
            List<T> results = (List<T>) java.util.Arrays.asList(out);
            return java.util.Collections.unmodifiableList(results);
        });
    }

    /** The evaluations, waited for; an evaluation's own exception is thrown as it was. */
    public <T> List<T> evaluateNow(int count, IntFunction<T> evaluation) {
        return await(evaluate(count, evaluation, () -> false));
    }

    /** Waits for evaluations started with {@link #evaluate}; an evaluation's own exception is thrown as it was. */
    public static <T> List<T> await(CompletableFuture<List<T>> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static CompletableFuture<Void> run(Runnable slice) {
        try {
            slice.run();
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
