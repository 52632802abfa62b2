package org.memwall.core.sim;

import java.util.List;
import org.memwall.core.model.MemoryLevel;

/**
 * One phase of a metrics-only run: an {@link OperatorTable} timed at the levels' sustained
 * bandwidths with {@link KernelTimer}'s terms, in the order and with the arithmetic of
 * {@link Simulator}'s full phase, so the times are the same to the last bit; the units' busy time
 * is counted as {@link ActivityCounter} counts it. Nothing is allocated per operator.
 */
final class MetricsPhase implements RunPower.PathTimes {
    private final OperatorTable table;
    private final Bounds.Tally bounds = new Bounds.Tally();
    private double path;
    private double layerSeconds;
    private double oneHop;
    private double busyPathSeconds;
    private double busyChipSeconds;

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
        int levels = t.levels;
        double[] r = t.rows;
        for (int i = 0; i < t.size; i++) {
            int row = i * t.stride;
            double memoryFraction = r[row + OperatorTable.MEMORY_FRACTION];
            double slowestMemory = 0;
            for (int l = 0; l < levels; l++) {
                double b = r[row + OperatorTable.BYTES + l];
                if (b > 0) {
                    // KernelTimer.bandwidth: sustained x the kernel's share (a level the operator does not use takes no time)
                    double time = b / (sustained[l] * memoryFraction);
                    if (time > slowestMemory) {
                        slowestMemory = time;
                    }
                }
            }
            double compute = r[row + OperatorTable.COMPUTE];
            double link = r[row + OperatorTable.LINK];
            double dequant = r[row + OperatorTable.DEQUANT];
            double fixed = r[row + OperatorTable.FIXED];
            double roof = KernelTimer.roof(c, compute, slowestMemory, link);
            double seconds = roof + dequant + fixed;
            Bound bound = KernelTimer.bound(roof, compute, slowestMemory, link, dequant, fixed);
            int occurrences = t.occurrences[i];
            double total = seconds * occurrences;
            path += total;
            Operator op = t.ops[i];
            if (op.perLayer()) {
                layerSeconds += seconds;
            } else if (op == Operator.PIPELINE_HOP) {
                oneHop = seconds;
            }
            bounds.add(bound, total);
            // ActivityCounter.add: its time less the launch gaps, on the path and on every chip
            double busy = Math.max(0, seconds - r[row + OperatorTable.LAUNCH]);
            busyPathSeconds += busy * occurrences;
            busyChipSeconds += busy * (r[row + OperatorTable.WIDTH] * occurrences);
        }
        path = RunPower.pathWithHost(c, path);
    }

    OperatorTable table() {
        return table;
    }

    @Override
    public Phase phase() {
        return table.phase();
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

    /** Wall time on the critical path during which some chip's units run a kernel. */
    double busyPathSeconds() {
        return busyPathSeconds;
    }

    /** Chip-seconds the units run kernels. */
    double busyChipSeconds() {
        return busyChipSeconds;
    }

    Bound bound() {
        return bounds.largest();
    }
}
