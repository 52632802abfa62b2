package org.memwall.core.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memwall.core.energy.PowerModel;
import org.memwall.core.model.MemoryLevel;

/**
 * One phase of a metrics-only run: an {@link OperatorTable} timed at the levels' sustained
 * bandwidths with {@link KernelTimer}'s terms, in the order and with the arithmetic of
 * {@link Simulator}'s full phase, so the times are the same to the last bit. Nothing is allocated
 * per operator.
 */
final class MetricsPhase implements RunPower.TimedPhase {
    private static final Bound[] BOUNDS = Bound.values();

    private final OperatorTable table;
    private final ActivityCounter counter;
    private final double[] secondsByBound = new double[BOUNDS.length];
    private final boolean[] boundPresent = new boolean[BOUNDS.length];
    private double path;
    private double layerSeconds;
    private double oneHop;

    /** The sustained bandwidth of each of the chip's levels, in order. */
    static double[] sustainedBandwidths(List<MemoryLevel> levels) {
        double[] out = new double[levels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = levels.get(i).sustainedBandwidthBytesPerSecond();
        }
        return out;
    }

    static MetricsPhase run(RunContext c, Phase phase) {
        return new MetricsPhase(OperatorTable.build(c, phase), sustainedBandwidths(c.chip().memory()));
    }

    MetricsPhase(OperatorTable t, double[] sustained) {
        this.table = t;
        RunContext c = t.context();
        this.counter = new ActivityCounter(c);
        int levels = t.levels;
        for (int i = 0; i < t.size; i++) {
            double slowestMemory = 0;
            for (int l = 0; l < levels; l++) {
                // KernelTimer.bandwidth: sustained x the kernel's share
                double time = t.bytes[i * levels + l] / (sustained[l] * t.memoryFraction[i]);
                if (time > slowestMemory) {
                    slowestMemory = time;
                }
            }
            double compute = t.compute[i];
            double roof = KernelTimer.roof(c, compute, slowestMemory, t.link[i]);
            double seconds = roof + t.dequant[i] + t.fixed[i];
            Bound bound = KernelTimer.bound(roof, compute, slowestMemory, t.link[i], t.dequant[i], t.fixed[i]);
            double total = seconds * t.occurrences[i];
            path += total;
            Operator op = t.ops[i];
            if (op.perLayer()) {
                layerSeconds += seconds;
            } else if (op == Operator.PIPELINE_HOP) {
                oneHop = seconds;
            }
            secondsByBound[bound.ordinal()] += total;
            boundPresent[bound.ordinal()] = true;
            counter.add(t.occurrences[i], t.widths[i], t.kernels[i], t.matrixOps[i], t.matrixOnWeights[i],
                    t.computePrecision[i], t.vectorOps[i], seconds);
        }
        path = RunPower.pathWithHost(c, path);
    }

    @Override
    public Phase phase() {
        return table.phase();
    }

    @Override
    public ActivityCounter counter() {
        return counter;
    }

    @Override
    public double path() {
        return path;
    }

    @Override
    public double layerSeconds() {
        return layerSeconds;
    }

    @Override
    public double oneHop() {
        return oneHop;
    }

    @Override
    public double linkBytesAllChips() {
        return table.linkAll;
    }

    Bound bound() {
        return Bounds.largest(secondsByBound, boundPresent);
    }

    /** Energy of the phase's operations and bytes on every chip, before any board limit. */
    double dynamicJoules() {
        RunContext c = table.context();
        List<MemoryLevel> levels = c.chip().memory();
        double moved = 0;
        for (int i = 0; i < levels.size(); i++) {
            moved += table.bytesAllChips[i] * 8 * PowerModel.energyPerBitJoules(c.chip(), levels.get(i));
        }
        return counter.computeJoules(c.chip()) + moved + table.linkAll * 8 * c.chip().link().energyPerBitJoules();
    }

    /** Bytes each level moved in the step, all chips, by level name (once per run, for the energy). */
    @Override
    public Map<String, Double> bytesAllChips() {
        List<MemoryLevel> levels = table.context().chip().memory();
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            out.put(levels.get(i).name(), table.bytesAllChips[i]);
        }
        return out;
    }
}
