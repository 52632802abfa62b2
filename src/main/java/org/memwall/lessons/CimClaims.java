package org.memwall.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.scaling.NodeEntry;
import org.memwall.core.sim.Result;
import org.memwall.core.model.Workload;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Capacity;
import org.memwall.core.sim.WorkloadDefaults;

/**
 * Claims 6 and 7 of the story: compute-in-memory "four generations ahead", and denser memories
 * raising what a CIM chip holds. The node claim sweeps the GPU's process node through the node table
 * and reports where the GPU matches the CIM chip, or that it matches nowhere.
 */
final class CimClaims {
    private CimClaims() {
    }

    /** The claim's smallest and largest node: "12 or 16 nm CIM matches a 7 or 5 nm GPU". */
    static final double CLAIMED_GPU_NM = 7;

    static List<Claim> all() {
        return List.of(
                new Claim("cim-matches-gpu-node", new Expectation.AtMost(CLAIMED_GPU_NM, 7.5, 16), "nm",
                        "Chen Wei in the source article (第一财经, Mar 2024): a 12 or 16 nm compute-in-memory chip reaches "
                                + "about the compute of a 7 or 5 nm conventional GPU (four generations ahead)",
                        e -> nodeMatch(e, Quantity.SPEED)),
                new Claim("cim-energy-matches-gpu-node", new Expectation.AtMost(CLAIMED_GPU_NM, 7.5, 16), "nm",
                        "Chen Wei in the source article (第一财经, Mar 2024), applied to energy per token",
                        e -> nodeMatch(e, Quantity.ENERGY)),
                new Claim("reram-holds-more", new Expectation.AtLeast(2, 2, 1.2), "x",
                        "the source article: denser memories (ReRAM) raise what a compute-in-memory chip holds",
                        CimClaims::reram));
    }

    /** What the GPU has to match: tokens/s per chip (more is better) or energy per token (less is better). */
    private enum Quantity {
        SPEED(r -> r.tokensPerSecond() / r.chips(), true),
        ENERGY(r -> r.energy().joulesPerToken(), false);

        final ToDoubleFunction<Result> of;
        final boolean higherIsBetter;

        Quantity(ToDoubleFunction<Result> of, boolean higherIsBetter) {
            this.of = of;
            this.higherIsBetter = higherIsBetter;
        }

        String key() {
            return this == SPEED ? "cim-matches-gpu-node" : "cim-energy-matches-gpu-node";
        }

        String format(double v) {
            return this == SPEED ? Numbers.of(v) : Numbers.of(v * 1e3);
        }
    }

    private static Measured nodeMatch(Evidence e, Quantity q) {
        Optional<Result> cim = e.first(ArchitectureFamily.COMPUTE_IN_MEMORY);
        Optional<Result> gpu = e.last(ArchitectureFamily.VON_NEUMANN_HBM);
        if (cim.isEmpty()) {
            return Measured.unavailable("missing.family.cim");
        }
        if (gpu.isEmpty()) {
            return Measured.unavailable("missing.family.hbm");
        }
        double target = q.of.applyAsDouble(cim.get());
        double cimNm = cim.get().hardware().processNodeNm();
        List<double[]> sweep = new ArrayList<>();
        for (NodeEntry n : e.probe().nodes().entries()) {
            Result at = e.probe().run(gpu.get().scenario().withProcessNode(n.nm()));
            sweep.add(new double[] {n.nm(), q.of.applyAsDouble(at)});
        }
        sweep.sort((a, b) -> Double.compare(a[0], b[0]));
        String cimName = Names.chip(cim.get());
        String gpuName = Names.chip(gpu.get());
        String cimValue = q.format(target);
        String cimNode = Numbers.nm(cimNm);
        // "better" for the GPU: faster per chip, or less energy per token
        double[] smallest = sweep.get(0);
        double[] largest = sweep.get(sweep.size() - 1);
        if (!gpuBetter(q, smallest[1], target)) {
            return Measured.decided(Double.NaN, Verdict.HOLDS, q.key() + ".never", gpuName, Numbers.nm(smallest[0]),
                    q.format(smallest[1]), cimName, cimNode, cimValue);
        }
        if (gpuBetter(q, largest[1], target)) {
            return Measured.decided(Double.NaN, Verdict.DOES_NOT_HOLD, q.key() + ".always", gpuName, Numbers.nm(largest[0]),
                    q.format(largest[1]), cimName, cimNode, cimValue);
        }
        double match = crossing(sweep, target, q);
        Verdict v = match <= 7.5 ? Verdict.HOLDS : match <= cimNm ? Verdict.PARTLY : Verdict.DOES_NOT_HOLD;
        return Measured.decided(match, v, q.key() + ".detail", gpuName, Numbers.nm(match), cimName, cimNode, cimValue);
    }

    private static boolean gpuBetter(Quantity q, double gpu, double cim) {
        return q.higherIsBetter ? gpu >= cim : gpu <= cim;
    }

    /** The node between two swept nodes where the GPU's value equals the target, log-interpolated. */
    private static double crossing(List<double[]> sweep, double target, Quantity q) {
        for (int i = 0; i + 1 < sweep.size(); i++) {
            double[] a = sweep.get(i);
            double[] b = sweep.get(i + 1);
            if (gpuBetter(q, a[1], target) && !gpuBetter(q, b[1], target)) {
                double t = (Math.log(target) - Math.log(a[1])) / (Math.log(b[1]) - Math.log(a[1]));
                return Math.exp(Math.log(a[0]) + t * (Math.log(b[0]) - Math.log(a[0])));
            }
        }
        return sweep.get(sweep.size() - 1)[0];
    }

    private static Measured reram(Evidence e) {
        Optional<Hardware> reram = e.probe().hardware("reram-cim");
        Optional<Hardware> sram = e.probe().hardware("sram-cim");
        if (reram.isEmpty() || sram.isEmpty() || e.results().isEmpty()) {
            return Measured.unavailable("missing.cimPresets");
        }
        Workload main = e.results().get(0).scenario().workload();
        Workload wa = WorkloadDefaults.workload(reram.get(), main.model(), main.weightPrecision(), main.batch(),
                main.promptTokens(), main.outputTokens());
        Workload wb = WorkloadDefaults.workload(sram.get(), main.model(), main.weightPrecision(), main.batch(),
                main.promptTokens(), main.outputTokens());
        var stackA = e.probe().stackFor(reram.get(), java.util.Optional.empty());
        var stackB = e.probe().stackFor(sram.get(), java.util.Optional.empty());
        double a = Capacity.of(reram.get(), stackA, wa).usableBytesPerChip();
        double b = Capacity.of(sram.get(), stackB, wb).usableBytesPerChip();
        int chipsA = e.probe().run(Scenario.of(reram.get(), stackA, wa)).chipsNeeded();
        int chipsB = e.probe().run(Scenario.of(sram.get(), stackB, wb)).chipsNeeded();
        return Measured.value(a / b, "reram-holds-more.detail", Names.chip(reram.get()), Numbers.gigabytes(a),
                Names.chip(sram.get()), Numbers.gigabytes(b), Names.model(e.results().get(0)),
                Integer.toString(chipsA), Integer.toString(chipsB));
    }
}
