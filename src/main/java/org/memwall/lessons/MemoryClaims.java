package org.memwall.lessons;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.sim.Bound;
import org.memwall.core.sim.Result;
import org.memwall.history.MemoryWallHistory;
import org.memwall.history.Series;
import org.memwall.history.Trend;

/** Claims 1-3 of the story: the memory wall, the von Neumann data path, HBM as near memory. */
final class MemoryClaims {
    private MemoryClaims() {
    }

    static List<Claim> all() {
        return List.of(
                new Claim("gap-grows-50-percent", new Expectation.Near(50, 0.10, 0.40), "%/year",
                        "Hennessy & Patterson, Computer Architecture: A Quantitative Approach, processor-memory gap "
                                + "(about 50% a year, 1986-2004), as the source article retells it",
                        MemoryClaims::gap),
                new Claim("decode-memory-bound", new Expectation.AtLeast(1, 1, 0.5), "share of chips",
                        "the source article: moving data, not computing, limits large models",
                        MemoryClaims::memoryBound),
                new Claim("every-weight-every-token", new Expectation.AtLeast(1, 0.98, 0.25), "x the weights",
                        "the source article: on an H100 every weight comes from HBM for every token",
                        MemoryClaims::everyWeight),
                new Claim("movement-outweighs-compute", new Expectation.AtLeast(2, 2, 1), "x",
                        "the source article: moving the data costs more than computing with it",
                        MemoryClaims::movement),
                new Claim("h200-follows-hbm", new Expectation.Near(1, 0.10, 0.30), "x the bandwidth ratio",
                        "NVIDIA H100 and H200 datasheets: the same GH100 die, HBM3 3.35 TB/s against HBM3e 4.8 TB/s",
                        MemoryClaims::followsHbm));
    }

    private static Measured gap(Evidence e) {
        if (e.history().isEmpty()) {
            return Measured.unavailable("missing.history");
        }
        MemoryWallHistory h = e.history().get();
        Optional<Trend> compute = h.trend(Series.PEAK_COMPUTE);
        Optional<Trend> dram = h.trend(Series.DRAM_BANDWIDTH);
        Optional<Double> gap = h.gapGrowthPerYear();
        if (compute.isEmpty() || dram.isEmpty() || gap.isEmpty()) {
            return Measured.unavailable("missing.history");
        }
        double first = Math.min(compute.get().firstYear(), dram.get().firstYear());
        double last = Math.max(compute.get().lastYear(), dram.get().lastYear());
        return Measured.value(100 * gap.get(), "gap-grows-50-percent.detail",
                Numbers.of(compute.get().growthPerTwoYears()), Numbers.of(dram.get().growthPerTwoYears()),
                Integer.toString(h.chips().size()), Numbers.plain(Math.floor(first)), Numbers.plain(Math.floor(last)),
                Numbers.of(100 * gap.get()));
    }

    private static Measured memoryBound(Evidence e) {
        if (e.results().isEmpty()) {
            return Measured.unavailable("missing.results");
        }
        List<Result> others = e.results().stream().filter(r -> r.bound() != Bound.MEMORY).toList();
        int bound = e.results().size() - others.size();
        String count = Integer.toString(bound);
        String total = Integer.toString(e.results().size());
        double share = bound / (double) e.results().size();
        if (others.isEmpty()) {
            return Measured.value(share, "decode-memory-bound.all", count, total);
        }
        String list = others.stream().map(r -> Names.chip(r) + ": " + r.bound().id()).collect(Collectors.joining(", "));
        return Measured.value(share, "decode-memory-bound.some", count, total, list);
    }

    private static Measured everyWeight(Evidence e) {
        Optional<Result> gpu = e.first(ArchitectureFamily.VON_NEUMANN_HBM);
        if (gpu.isEmpty()) {
            return Measured.unavailable("missing.family.hbm");
        }
        Result r = gpu.get();
        Optional<MemoryLevel> hbm = r.hardware().level(MemoryKind.OFF_CHIP_DRAM);
        if (hbm.isEmpty()) {
            return Measured.unavailable("missing.family.hbm");
        }
        double weights = Readouts.weightBytes(r);
        double perToken = r.bytesPerToken().getOrDefault(hbm.get().name(), 0.0);
        return Measured.value(perToken / weights, "every-weight-every-token.detail",
                Numbers.gigabytes(perToken), Numbers.gigabytes(weights), Integer.toString(r.batch()), Names.chip(r));
    }

    private static Measured movement(Evidence e) {
        if (e.results().isEmpty()) {
            return Measured.unavailable("missing.results");
        }
        Result r = e.results().get(0);
        double compute = r.energy().computeJoulesPerToken();
        double moving = r.energy().dataMovementJoulesPerToken();
        if (!(compute > 0)) {
            return Measured.unavailable("missing.results");
        }
        return Measured.value(moving / compute, "movement-outweighs-compute.detail",
                Numbers.of(moving * 1e3), Numbers.of(compute * 1e3), Names.chip(r));
    }

    private static Measured followsHbm(Evidence e) {
        List<Result> gpus = e.results().stream().filter(r -> r.hardware().family() == ArchitectureFamily.VON_NEUMANN_HBM).toList();
        if (gpus.size() < 2) {
            return Measured.unavailable("missing.twoGpus");
        }
        Result a = gpus.get(0);
        Result b = gpus.get(1);
        double bw = Readouts.dramBandwidth(b) / Readouts.dramBandwidth(a);
        double speed = b.tokensPerSecondPerUser() / a.tokensPerSecondPerUser();
        return Measured.value(speed / bw, "h200-follows-hbm.detail",
                Names.chip(b), Numbers.of(speed), Names.chip(a), Numbers.of(bw),
                Integer.toString(b.chips()), Integer.toString(a.chips()));
    }
}
