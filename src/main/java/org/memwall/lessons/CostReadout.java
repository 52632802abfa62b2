package org.memwall.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.sim.Result;
import org.memwall.economics.CapacityDispute;
import org.memwall.economics.CostOfOwnership;
import org.memwall.economics.PricePoint;

/**
 * Cost of ownership of one chip's system on screen, on the price basis chosen: hardware, energy
 * over the years at the price per kW-month, and what a million generated tokens cost if it runs
 * flat out. A pipeline of chips counts every stream it keeps in flight (the core does).
 *
 * @param price     the price used; empty when none is known on this basis
 * @param chips     chips bought: the chips on screen, rounded up to whole servers where priced by the server
 * @param streams   streams in flight (1 for chips that are not SRAM dataflow pipelines)
 * @param ownership empty without a price
 */
public record CostReadout(String hardwareId, Optional<PricePoint> price, int chips, int streams,
                          double tokensPerSecond, double watts, Optional<CostOfOwnership> ownership) {

    /** One readout per result on screen, main chip first. */
    public static List<CostReadout> of(Evidence e) {
        List<CostReadout> out = new ArrayList<>();
        for (Result r : e.results()) {
            int streams = Evidence.streamsOf(r);
            Optional<PricePoint> price = e.prices().price(r.hardware().id(), e.costs().basis());
            // chips priced by the server are bought in whole servers, each running as many copies
            // of the model as fit in it
            int bought = price.map(p -> p.unitsFor(r.chips()) * p.chipsPerUnit()).orElse(r.chips());
            int copies = Math.max(1, bought / r.chips());
            double tokens = r.tokensPerSecond() * copies;
            double watts = averageWatts(r) / r.chips() * bought;
            Optional<CostOfOwnership> own = price.map(p -> CostOfOwnership.of(bought, p, watts, tokens, e.costs().operating()));
            out.add(new CostReadout(r.hardware().id(), price, bought, streams, tokens, watts, own));
        }
        return out;
    }

    /**
     * Power of all the chips while they generate. The core states the chips' rated board power; a
     * run's average draw is lower, so energy costs here are upper bounds.
     */
    static double averageWatts(Result r) {
        return r.chips() * r.hardware().powerWatts();
    }

    /**
     * Where the SRAM dataflow system on screen becomes cheaper per token/s than a full GPU server on
     * screen, on the basis chosen: the fewest streams in flight that do it, and the pipeline's stage
     * count (the most streams it can hold). The core is run again with more streams; it knows that a
     * pipeline stops gaining once its busiest stage is always busy.
     *
     * @param streams     the fewest streams with which the LPU is cheaper; 0 when no count up to
     *                    {@code mostStreams} is enough
     * @param mostStreams the most streams the system can keep in flight: one per pipeline stage, and
     *                    no more than its chips hold the KV caches of
     */
    public record BreakEven(int streams, int mostStreams) {
        public boolean reachable() {
            return streams >= 1 && streams <= mostStreams;
        }
    }

    /** The most streams a pipeline result can keep in flight: one per stage, as many as its chips hold. */
    static int mostStreams(Evidence e, Result r) {
        int stages = r.parallelism().pipelineStages();
        java.util.function.IntPredicate holds = n -> n == Evidence.streamsOf(r) ? r.fits()
                : e.probe().run(r.scenario().withWorkload(r.scenario().workload().withConcurrentStreams(n))).fits();
        if (!holds.test(1)) {
            return 0;
        }
        int low = 1;
        int high = stages + 1;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (holds.test(mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public static Optional<BreakEven> breakEven(Evidence e) {
        Optional<Result> lpu = e.first(ArchitectureFamily.SRAM_DATAFLOW);
        Optional<Result> gpu = e.first(ArchitectureFamily.VON_NEUMANN_HBM);
        if (lpu.isEmpty() || gpu.isEmpty()) {
            return Optional.empty();
        }
        Optional<PricePoint> lp = e.prices().price(lpu.get().hardware().id(), e.costs().basis());
        Optional<PricePoint> gp = e.prices().price(gpu.get().hardware().id(), e.costs().basis());
        if (lp.isEmpty() || gp.isEmpty()) {
            return Optional.empty();
        }
        int most = mostStreams(e, lpu.get());
        OptionalInt s = CapacityDispute.breakEvenStreams(n -> e.tokensPerSecondWithStreams(lpu.get(), n), most,
                lpu.get().chips(),
                new CapacityDispute.GpuReplica(gpu.get().chips(), gpu.get().batch(), gpu.get().tokensPerSecond()),
                lp.get(), gp.get(), e.prices().power().gpuServerChips());
        return Optional.of(new BreakEven(s.orElse(0), most));
    }
}
