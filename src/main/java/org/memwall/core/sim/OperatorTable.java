package org.memwall.core.sim;

import java.util.Arrays;
import java.util.List;
import org.memwall.core.arch.FlowSink;
import org.memwall.core.energy.PowerModel;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * One phase's operators as {@link WorkBuilder} makes them, reduced to the terms a memory
 * bandwidth does not change: compute, conversion, link and fixed time, and the bytes each moves
 * at each level. {@link MetricsPhase} times the table at a set of bandwidths; a bandwidth sweep
 * builds it once and times it at every bandwidth, since the bandwidth changes no operator's work,
 * only how long its bytes take. Columns are arrays, grown by doubling while the table is built;
 * nothing is allocated per operator once they are large enough.
 */
final class OperatorTable implements WorkSink, FlowSink {
    /** Room for a phase's operators before the columns grow (a dense model's step has about 12). */
    private static final int INITIAL = 16;

    private final RunContext c;
    private final Phase phase;
    final int levels;
    int size;
    Operator[] ops = new Operator[INITIAL];
    int[] occurrences = new int[INITIAL];
    double[] widths = new double[INITIAL];
    double[] compute = new double[INITIAL];
    double[] dequant = new double[INITIAL];
    double[] link = new double[INITIAL];
    double[] fixed = new double[INITIAL];
    double[] memoryFraction = new double[INITIAL];
    /** The gap the operator's launches leave on the device (not the units' busy time). */
    double[] launch = new double[INITIAL];
    /** Bytes by operator and level: row {@code op * levels}. */
    double[] bytes;
    /** Bytes each level moved in the step, all chips; and the same over the links. */
    final double[] bytesAllChips;
    double linkAll;
    /** The operations of every operator on every chip (its busy times are left at zero: they need the timing). */
    private final ActivityCounter work;
    /** Energy of the operations and bytes on every chip, before any board limit: no bandwidth changes it. */
    private double dynamicJoules;

    private OperatorTable(RunContext c, Phase phase) {
        this.c = c;
        this.phase = phase;
        this.levels = c.chip().memory().size();
        this.bytes = new double[INITIAL * levels];
        this.bytesAllChips = new double[levels];
        this.work = new ActivityCounter(c);
    }

    static OperatorTable build(RunContext c, Phase phase) {
        OperatorTable t = new OperatorTable(c, phase);
        WorkBuilder.build(c, phase, t);
        t.dynamicJoules = t.work.computeJoules(c.chip()) + t.movedJoules() + t.linkAll * 8 * c.chip().link().energyPerBitJoules();
        return t;
    }

    private double movedJoules() {
        List<MemoryLevel> all = c.chip().memory();
        double moved = 0;
        for (int i = 0; i < all.size(); i++) {
            moved += bytesAllChips[i] * 8 * PowerModel.energyPerBitJoules(c.chip(), all.get(i));
        }
        return moved;
    }

    /** Energy of the phase's operations and bytes on every chip, before any board limit. */
    double dynamicJoules() {
        return dynamicJoules;
    }

    RunContext context() {
        return c;
    }

    Phase phase() {
        return phase;
    }

    @Override
    public void work(Operator op, int occurrences, double width, int kernels, double matrixOps, boolean matrixOnWeights,
                     double matrixRows, double matrixColumns, double matrixInner, Precision computePrecision,
                     double matrixFraction, double vectorOps, double dequantOps, double memoryFraction,
                     double weightBytes, double kvReadBytes, double kvWriteBytes, double activationBytes,
                     double linkBytes, double linkFixedSeconds) {
        if (size == ops.length) {
            grow();
        }
        int i = size;
        ops[i] = op;
        this.occurrences[i] = occurrences;
        widths[i] = width;
        compute[i] = KernelTimer.computeSeconds(c, matrixOps, matrixOnWeights, matrixRows, matrixColumns, matrixInner,
                computePrecision, matrixFraction, vectorOps);
        dequant[i] = dequantOps / c.vectorPeak();
        link[i] = KernelTimer.linkSeconds(c, linkBytes);
        fixed[i] = KernelTimer.fixedSeconds(c, kernels, linkFixedSeconds);
        launch[i] = KernelTimer.launchSeconds(c, kernels);
        this.memoryFraction[i] = memoryFraction;
        // the flows add into row i (zero: the array is new or grown with zeros)
        c.arch().flows(weightBytes, kvReadBytes, kvWriteBytes, activationBytes, this);
        double copies = width * (double) occurrences;
        linkAll += linkBytes * copies;
        for (int l = 0; l < levels; l++) {
            bytesAllChips[l] += bytes[i * levels + l] * copies;
        }
        work.add(occurrences, width, kernels, matrixOps, matrixOnWeights, computePrecision, vectorOps + dequantOps, 0);
        size++;
    }

    @Override
    public void flow(Endpoint from, Endpoint to, Payload payload, int level, double b) {
        bytes[size * levels + level] += b;
    }

    private void grow() {
        int n = ops.length * 2;
        ops = Arrays.copyOf(ops, n);
        occurrences = Arrays.copyOf(occurrences, n);
        widths = Arrays.copyOf(widths, n);
        compute = Arrays.copyOf(compute, n);
        dequant = Arrays.copyOf(dequant, n);
        link = Arrays.copyOf(link, n);
        fixed = Arrays.copyOf(fixed, n);
        memoryFraction = Arrays.copyOf(memoryFraction, n);
        launch = Arrays.copyOf(launch, n);
        bytes = Arrays.copyOf(bytes, n * levels);
    }
}
