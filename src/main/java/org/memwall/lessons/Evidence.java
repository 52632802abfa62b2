package org.memwall.lessons;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.sim.Result;
import org.memwall.economics.PriceBook;
import org.memwall.history.MemoryWallHistory;

/**
 * What a claim is checked against: the results on screen (main chip first, then the compared ones),
 * the core for extra runs, the cost settings and prices, and the memory-wall history.
 */
public record Evidence(List<Result> results, Probe probe, PriceBook prices, CostSettings costs,
                       Optional<MemoryWallHistory> history) {
    public Evidence {
        results = List.copyOf(results);
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(history, "history");
    }

    /** The first result on screen of an architecture family. */
    public Optional<Result> first(ArchitectureFamily family) {
        return results.stream().filter(r -> r.hardware().family() == family).findFirst();
    }

    /**
     * What {@code use} makes of the first SRAM dataflow result and the first HBM GPU result on screen,
     * or, when either is missing, what {@code missing} makes of the reason.
     */
    public <T> T withLpuAndGpu(java.util.function.BiFunction<Result, Result, T> use, java.util.function.Function<Measured, T> missing) {
        Optional<Result> lpu = first(ArchitectureFamily.SRAM_DATAFLOW);
        Optional<Result> gpu = first(ArchitectureFamily.VON_NEUMANN_HBM);
        if (lpu.isEmpty()) {
            return missing.apply(Measured.unavailable("missing.family.sram"));
        }
        if (gpu.isEmpty()) {
            return missing.apply(Measured.unavailable("missing.family.hbm"));
        }
        return use.apply(lpu.get(), gpu.get());
    }

    /** The last result on screen of a family (the newest of the GPUs a scenario lists oldest first). */
    public Optional<Result> last(ArchitectureFamily family) {
        Result found = null;
        for (Result r : results) {
            if (r.hardware().family() == family) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The result of one chip preset, if it is on screen. */
    public Optional<Result> of(String hardwareId) {
        return results.stream().filter(r -> r.hardware().id().equals(hardwareId)).findFirst();
    }

    /** Streams a result keeps in flight, as the core ran it. */
    public static int streamsOf(Result r) {
        return r.scenario().workload().concurrentStreams();
    }

    /**
     * The tokens per second of a result's system with another number of streams in flight: the core
     * run again with only that changed.
     */
    public double tokensPerSecondWithStreams(Result r, int streams) {
        if (streams == streamsOf(r)) {
            return r.tokensPerSecond();
        }
        return probe.run(r.scenario().withWorkload(r.scenario().workload().withConcurrentStreams(streams))).tokensPerSecond();
    }
}
