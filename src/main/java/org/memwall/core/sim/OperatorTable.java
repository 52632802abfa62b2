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

    /** A row's columns: the terms below, then the bytes it moves at each level. */
    static final int COMPUTE = 0;
    static final int DEQUANT = 1;
    static final int LINK = 2;
    static final int FIXED = 3;
    static final int MEMORY_FRACTION = 4;
    /** The gap the operator's launches leave on the device (not the units' busy time). */
    static final int LAUNCH = 5;
    static final int WIDTH = 6;
    static final int BYTES = 7;

    private final RunContext c;
    private final Phase phase;
    final int levels;
    /** Columns per row: the terms and one per memory level. */
    final int stride;
    int size;
    Operator[] ops = new Operator[INITIAL];
    int[] occurrences = new int[INITIAL];
    /** One row of {@link #stride} numbers per operator, in one array (few allocations per run). */
    double[] rows;
    /** Bytes each level moved in the step, all chips; and the same over the links. */
    final double[] bytesAllChips;
    double linkAll;
    /** The operations of every operator on every chip (its busy times are left at zero: they need the timing). */
    private final ActivityCounter work;
    /** Energy of the operations and bytes on every chip, before any board limit: no bandwidth changes it. */
    private double dynamicJoules;
    /** Matrix peak by compute format, worked out on first use (NaN until then). */
    private final double[] matrixPeaks = new double[FORMATS.length];
    private static final Precision[] FORMATS = Precision.values();

    private OperatorTable(RunContext c, Phase phase) {
        this.c = c;
        this.phase = phase;
        this.levels = c.chip().memory().size();
        this.stride = BYTES + levels;
        this.rows = new double[INITIAL * stride];
        this.bytesAllChips = new double[levels];
        this.work = new ActivityCounter(c);
        Arrays.fill(matrixPeaks, Double.NaN);
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
        int row = i * stride;
        ops[i] = op;
        this.occurrences[i] = occurrences;
        double[] r = rows;
        r[row + WIDTH] = width;
        double peak = matrixOps > 0 && c.arch().matrixOpsAtPeak(matrixOnWeights) ? matrixPeak(computePrecision) : 0;
        r[row + COMPUTE] = KernelTimer.computeSeconds(c, peak, matrixOps, matrixOnWeights, matrixRows, matrixColumns,
                matrixInner, matrixFraction, vectorOps);
        r[row + DEQUANT] = dequantOps / c.vectorPeak();
        r[row + LINK] = KernelTimer.linkSeconds(c, linkBytes);
        r[row + FIXED] = KernelTimer.fixedSeconds(c, kernels, linkFixedSeconds);
        r[row + LAUNCH] = KernelTimer.launchSeconds(c, kernels);
        r[row + MEMORY_FRACTION] = memoryFraction;
        // the flows add into row i (zero: the array is new or grown with zeros)
        c.arch().flows(weightBytes, kvReadBytes, kvWriteBytes, activationBytes, this);
        double copies = width * (double) occurrences;
        linkAll += linkBytes * copies;
        for (int l = 0; l < levels; l++) {
            bytesAllChips[l] += r[row + BYTES + l] * copies;
        }
        work.add(occurrences, width, kernels, matrixOps, matrixOnWeights, computePrecision, vectorOps + dequantOps, 0);
        size++;
    }

    @Override
    public void flow(Endpoint from, Endpoint to, Payload payload, int level, double b) {
        rows[size * stride + BYTES + level] += b;
    }

    private double matrixPeak(Precision format) {
        double p = matrixPeaks[format.ordinal()];
        if (Double.isNaN(p)) {
            p = c.matrixPeak(format);
            matrixPeaks[format.ordinal()] = p;
        }
        return p;
    }

    private void grow() {
        int n = ops.length * 2;
        ops = Arrays.copyOf(ops, n);
        occurrences = Arrays.copyOf(occurrences, n);
        rows = Arrays.copyOf(rows, n * stride);
    }
}
