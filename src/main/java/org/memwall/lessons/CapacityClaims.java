package org.memwall.lessons;

import java.util.List;
import java.util.Optional;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Result;
import org.memwall.economics.CapacityDispute;
import org.memwall.economics.CapacityDispute.EqualThroughput;
import org.memwall.economics.CapacityDispute.PerTokenPerSecond;
import org.memwall.economics.PricePoint;

/**
 * Claim 5 of the story: the capacity dispute. The chip counts are physics; the two cost
 * calculations are arithmetic on the core's chip counts and tokens per second with sourced prices.
 */
final class CapacityClaims {
    private CapacityClaims() {
    }

    static List<Claim> all() {
        return List.of(
                new Claim("chips-for-weights", new Expectation.Near(305, 0.05, 0.20), "chips",
                        "Li Bojie, 01.me/en/2024/02/groq (Feb 2024): 70 GB of int8 weights / 230 MB per card = 305 cards",
                        CapacityClaims::weightsAlone),
                new Claim("chips-deployed", new Expectation.Near(572, 0.05, 0.20), "chips",
                        "Jia Yangqing's cost comparison (Feb 2024, as quoted): 572 cards; Groq staff on Hacker News: "
                                + "568-576 chips (items 39445809, 39435411)",
                        CapacityClaims::deployed),
                new Claim("equal-throughput-hardware-38x", new Expectation.Near(11.44 / 0.30, 0.05, 0.30), "x",
                        "Jia Yangqing's cost comparison (Feb 2024, as quoted): 572 x USD 20,000 = USD 11.44 M against "
                                + "USD 0.30 M for one 8 x H100 server, at equal throughput",
                        CapacityClaims::hardwareRatio),
                new Claim("equal-throughput-energy-10x", new Expectation.Near(0.762 / 0.072, 0.05, 0.30), "x",
                        "Jia Yangqing's cost comparison (Feb 2024, as quoted): 572 x 185 W at USD 200 per kW-month over "
                                + "3 years = USD 0.762 M against 10 kW = USD 0.072 M",
                        CapacityClaims::energyRatio),
                new Claim("bom-per-tops-lpu-cheaper", new Expectation.AtMost(1, 1, 1.1), "x the GPU's",
                        "Chen Wei in the source article (第一财经, Mar 2024): per TOPS, at module / card BOM, the Groq "
                                + "LPU costs less than the H100",
                        CapacityClaims::perTops),
                new Claim("bom-per-token-lpu-cheaper", new Expectation.AtMost(1, 1, 1.1), "x the GPU's",
                        "Chen Wei in the source article (第一财经, Mar 2024): per token/s, at BOM, the Groq LPU server "
                                + "costs less than the H100; no public source gives the stream count this needs",
                        CapacityClaims::perToken));
    }

    private static Measured weightsAlone(Evidence e) {
        Optional<Result> lpu = e.first(ArchitectureFamily.SRAM_DATAFLOW);
        if (lpu.isEmpty()) {
            return Measured.unavailable("missing.family.sram");
        }
        Readouts r = Readouts.of(lpu.get());
        Precision p = lpu.get().scenario().workload().weightPrecision();
        return Measured.value(r.chipsForWeightsAlone(), "chips-for-weights.detail",
                Numbers.gigabytes(r.weightBytes()), p.id(), Names.model(lpu.get()),
                Integer.toString(r.chipsForWeightsAlone()), Names.chip(lpu.get()));
    }

    private static Measured deployed(Evidence e) {
        Optional<Result> lpu = e.first(ArchitectureFamily.SRAM_DATAFLOW);
        if (lpu.isEmpty()) {
            return Measured.unavailable("missing.family.sram");
        }
        Readouts r = Readouts.of(lpu.get());
        return Measured.value(r.chipsNeeded(), "chips-deployed.detail", Integer.toString(r.chipsNeeded()),
                Numbers.gigabytes(r.weightAndKvBytes()), Integer.toString(lpu.get().batch()),
                Integer.toString(lpu.get().scenario().workload().contextTokens()), Integer.toString(r.chipsForWeightsAlone()));
    }

    /** The two sides of the dispute on screen, with their prices on the basis chosen. */
    private record Sides(Result lpu, Result gpu, PricePoint lpuPrice, PricePoint gpuPrice,
                         CapacityDispute.SramSystem sram, CapacityDispute.GpuReplica replica) {
    }

    private static Object sides(Evidence e) {
        return e.withLpuAndGpu((lpu, gpu) -> {
            var basis = e.costs().basis();
            Optional<PricePoint> lp = e.prices().price(lpu.hardware().id(), basis);
            Optional<PricePoint> gp = e.prices().price(gpu.hardware().id(), basis);
            if (lp.isEmpty()) {
                return Measured.unavailable("missing.price." + basis.id(), Names.chip(lpu));
            }
            if (gp.isEmpty()) {
                return Measured.unavailable("missing.price." + basis.id(), Names.chip(gpu));
            }
            var sram = new CapacityDispute.SramSystem(lpu.chips(), lpu.tokensPerSecond(), Evidence.streamsOf(lpu));
            var replica = new CapacityDispute.GpuReplica(gpu.chips(), gpu.batch(), gpu.tokensPerSecond());
            return new Sides(lpu, gpu, lp.get(), gp.get(), sram, replica);
        }, m -> m);
    }

    /** Largest batch tried when a GPU server batches up to match the SRAM system's throughput. */
    static final int MAX_GPU_BATCH = 256;

    /**
     * Both sides at equal throughput. A GPU server matches by batching: its replicas run at the batch
     * on screen, or at the smallest larger power of two with which one server delivers what the SRAM
     * system does (up to {@link #MAX_GPU_BATCH}; beyond it, more servers).
     */
    private static EqualThroughput equalThroughput(Evidence e, Sides s) {
        var power = e.prices().power();
        CapacityDispute.GpuReplica replica = s.replica();
        double target = s.sram().tokensPerSecond();
        int serverChips = power.gpuServerChips();
        for (int b = s.gpu().batch(); !matchesInOneServer(replica, target, serverChips) && b < MAX_GPU_BATCH; ) {
            b = Math.min(MAX_GPU_BATCH, b * 2);
            var w = s.gpu().scenario().workload().withBatch(b);
            Result r = e.probe().run(s.gpu().scenario().withWorkload(w).withChips(0));
            if (r.chips() > serverChips) {
                break;
            }
            replica = new CapacityDispute.GpuReplica(r.chips(), b, r.tokensPerSecond());
        }
        return CapacityDispute.equalThroughput(s.sram(), replica, s.lpuPrice(), s.gpuPrice(),
                power.sramCardAverageWatts(), serverChips, power.gpuServerWatts(), e.costs().operating());
    }

    private static boolean matchesInOneServer(CapacityDispute.GpuReplica replica, double target, int serverChips) {
        return replica.chips() <= serverChips && (serverChips / replica.chips()) * replica.tokensPerSecond() >= target;
    }

    private static Measured hardwareRatio(Evidence e) {
        Object found = sides(e);
        if (found instanceof Measured m) {
            return m;
        }
        Sides s = (Sides) found;
        EqualThroughput t = equalThroughput(e, s);
        return Measured.value(t.hardwareRatio(), "equal-throughput-hardware-38x.detail",
                Integer.toString(s.sram().chips()), Names.chip(s.lpu()), Numbers.usd(t.sramCost().hardwareUsd()),
                Integer.toString(t.gpuChips()), Names.chip(s.gpu()), Numbers.usd(t.gpuCost().hardwareUsd()),
                Numbers.of(s.sram().tokensPerSecond()), Integer.toString(s.sram().streams()),
                Numbers.of(t.gpuTokensPerSecond()), "@basis." + e.costs().basis().id(), Numbers.of(t.hardwareRatio()),
                Integer.toString(t.gpuBatch()));
    }

    private static Measured energyRatio(Evidence e) {
        Object found = sides(e);
        if (found instanceof Measured m) {
            return m;
        }
        Sides s = (Sides) found;
        EqualThroughput t = equalThroughput(e, s);
        var op = e.costs().operating();
        return Measured.value(t.energyRatio(), "equal-throughput-energy-10x.detail",
                Numbers.of(t.sramCost().watts() / 1e3), Numbers.usd(t.sramCost().energyUsd()),
                Numbers.of(t.gpuCost().watts() / 1e3), Numbers.usd(t.gpuCost().energyUsd()),
                Numbers.plain(op.usdPerKilowattMonth()), Numbers.plain(op.years()), Numbers.of(t.energyRatio()));
    }

    private static Measured perTops(Evidence e) {
        Object found = sides(e);
        if (found instanceof Measured m) {
            return m;
        }
        Sides s = (Sides) found;
        double lpuOps = s.lpu().hardware().compute().peakOpsPerSecond().get(s.lpu().hardware().compute().bestFor(Precision.INT8));
        double gpuOps = s.gpu().hardware().compute().peakOpsPerSecond().get(s.gpu().hardware().compute().bestFor(Precision.INT8));
        double a = CapacityDispute.usdPerTops(s.lpuPrice(), lpuOps);
        double b = CapacityDispute.usdPerTops(s.gpuPrice(), gpuOps);
        return Measured.value(a / b, "bom-per-tops-lpu-cheaper.detail", Names.chip(s.lpu()), Numbers.of(a),
                Numbers.whole(lpuOps / 1e12), Names.chip(s.gpu()), Numbers.of(b), Numbers.whole(gpuOps / 1e12),
                "@basis." + e.costs().basis().id());
    }

    private static Measured perToken(Evidence e) {
        Object found = sides(e);
        if (found instanceof Measured m) {
            return m;
        }
        Sides s = (Sides) found;
        int serverChips = e.prices().power().gpuServerChips();
        PerTokenPerSecond p = CapacityDispute.perTokenPerSecond(s.sram(), s.replica(), s.lpuPrice(), s.gpuPrice(), serverChips);
        Optional<CostReadout.BreakEven> breakEven = CostReadout.breakEven(e);
        int most = breakEven.map(CostReadout.BreakEven::mostStreams).orElse(1);
        String common = "bom-per-token-lpu-cheaper.";
        if (breakEven.isPresent() && breakEven.get().reachable()) {
            return Measured.value(p.ratio(), common + "detail", Names.chip(s.lpu()), Numbers.of(p.sramUsdPerTokenPerSecond()),
                    Integer.toString(s.sram().streams()), Names.chip(s.gpu()), Numbers.of(p.gpuUsdPerTokenPerSecond()),
                    Integer.toString(p.gpuServerChips()), "@basis." + e.costs().basis().id(),
                    Integer.toString(breakEven.get().streams()), Integer.toString(most));
        }
        double atMost = CapacityDispute.perTokenPerSecond(new CapacityDispute.SramSystem(s.sram().chips(),
                e.tokensPerSecondWithStreams(s.lpu(), Math.max(1, most)), Math.max(1, most)), s.replica(), s.lpuPrice(),
                s.gpuPrice(), serverChips).ratio();
        return Measured.value(p.ratio(), common + "unreachable", Names.chip(s.lpu()), Numbers.of(p.sramUsdPerTokenPerSecond()),
                Integer.toString(s.sram().streams()), Names.chip(s.gpu()), Numbers.of(p.gpuUsdPerTokenPerSecond()),
                Integer.toString(p.gpuServerChips()), "@basis." + e.costs().basis().id(), Numbers.of(atMost),
                Integer.toString(most));
    }
}
