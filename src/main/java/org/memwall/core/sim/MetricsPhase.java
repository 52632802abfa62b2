package org.memwall.core.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memwall.core.arch.FlowSink;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * One phase of a metrics-only run: each operator {@link WorkBuilder} hands over is timed with
 * {@link KernelTimer}'s terms and added to the phase's sums straight away, in the order and with
 * the arithmetic of {@link Simulator}'s full phase, so the figures are the same to the last bit.
 * Its arrays are made once per phase; nothing is allocated per operator.
 */
final class MetricsPhase implements WorkSink, FlowSink, RunPower.TimedPhase {
    private static final Bound[] BOUNDS = Bound.values();

    private final RunContext c;
    private final List<MemoryLevel> levels;
    private final Phase phase;
    private final ActivityCounter counter;
    /** One operator's bytes per level, refilled for each operator by the flows. */
    private final double[] operatorBytes;
    private final double[] bytesAllChips;
    private final double[] secondsByBound = new double[BOUNDS.length];
    private final boolean[] boundPresent = new boolean[BOUNDS.length];
    private double path;
    private double layerSeconds;
    private double oneHop;
    private double linkAll;

    private MetricsPhase(RunContext c, Phase phase) {
        this.c = c;
        this.levels = c.chip().memory();
        this.phase = phase;
        this.counter = new ActivityCounter(c);
        this.operatorBytes = new double[levels.size()];
        this.bytesAllChips = new double[levels.size()];
    }

    static MetricsPhase run(RunContext c, Phase phase) {
        MetricsPhase p = new MetricsPhase(c, phase);
        WorkBuilder.build(c, phase, p);
        p.path = RunPower.pathWithHost(c, p.path);
        return p;
    }

    @Override
    public void work(Operator op, int occurrences, int width, int kernels, double matrixOps, boolean matrixOnWeights,
                     double matrixRows, double matrixColumns, double matrixInner, Precision computePrecision,
                     double matrixFraction, double vectorOps, double dequantOps, double memoryFraction,
                     double weightBytes, double kvReadBytes, double kvWriteBytes, double activationBytes,
                     double linkBytes, double linkFixedSeconds) {
        double compute = KernelTimer.computeSeconds(c, matrixOps, matrixOnWeights, matrixRows, matrixColumns, matrixInner,
                computePrecision, matrixFraction, vectorOps);
        double dequant = dequantOps / c.vectorPeak();
        java.util.Arrays.fill(operatorBytes, 0);
        c.arch().flows(weightBytes, kvReadBytes, kvWriteBytes, activationBytes, this);
        double slowestMemory = 0;
        for (int i = 0; i < operatorBytes.length; i++) {
            double t = operatorBytes[i] / KernelTimer.bandwidth(levels.get(i), memoryFraction);
            if (t > slowestMemory) {
                slowestMemory = t;
            }
        }
        double link = KernelTimer.linkSeconds(c, linkBytes);
        double fixed = KernelTimer.fixedSeconds(c, kernels, linkFixedSeconds);
        double roof = KernelTimer.roof(c, compute, slowestMemory, link);
        double seconds = roof + dequant + fixed;
        Bound bound = KernelTimer.bound(roof, compute, slowestMemory, link, dequant, fixed);

        double total = seconds * occurrences;
        path += total;
        if (op.perLayer()) {
            layerSeconds += seconds;
        } else if (op == Operator.PIPELINE_HOP) {
            oneHop = seconds;
        }
        secondsByBound[bound.ordinal()] += total;
        boundPresent[bound.ordinal()] = true;
        double copies = width * (double) occurrences;
        linkAll += linkBytes * copies;
        for (int i = 0; i < operatorBytes.length; i++) {
            bytesAllChips[i] += operatorBytes[i] * copies;
        }
        // the operator result's vector ops include the weight conversions
        counter.add(occurrences, width, kernels, matrixOps, matrixOnWeights, computePrecision, vectorOps + dequantOps, seconds);
    }

    @Override
    public void flow(Endpoint from, Endpoint to, Payload payload, int level, double bytes) {
        operatorBytes[level] += bytes;
    }

    @Override
    public Phase phase() {
        return phase;
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
        return linkAll;
    }

    Bound bound() {
        return Bounds.largest(secondsByBound, boundPresent);
    }

    /** Bytes each level moved in the step, all chips, by level name (once per run, for the energy). */
    @Override
    public Map<String, Double> bytesAllChips() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            out.put(levels.get(i).name(), bytesAllChips[i]);
        }
        return out;
    }
}
