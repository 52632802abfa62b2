package org.memwall.cli;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.memwall.core.map.ParallelEvaluator;

/** The threads a sweep computes on: {@code --threads N}, or one per core. */
final class SweepThreads implements AutoCloseable {
    /** More threads than this only costs memory on any machine this runs on. */
    static final int MAX_THREADS = 256;

    private final ExecutorService pool;
    private final ParallelEvaluator evaluator;

    SweepThreads(int threads) {
        if (threads == 1) {
            pool = null;
            evaluator = ParallelEvaluator.sequential();
        } else {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "sweep");
                t.setDaemon(true);
                return t;
            });
            evaluator = new ParallelEvaluator(pool, threads);
        }
    }

    /** {@code --threads} as given, checked; every core when it was left out. */
    static int count(Integer option) {
        if (option == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (option < 1 || option > MAX_THREADS) {
            throw new CliProblem("--threads must be from 1 to " + MAX_THREADS + ", got " + option);
        }
        return option;
    }

    ParallelEvaluator evaluator() {
        return evaluator;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Runs a parse of the second parameter's values and names its option in any problem. */
    static List<Double> renamed(String option, String secondOption, Supplier<List<Double>> parse) {
        try {
            return parse.get();
        } catch (CliProblem p) {
            String message = p.getMessage();
            throw new CliProblem(message.startsWith(option) ? secondOption + message.substring(option.length()) : message);
        }
    }
}
