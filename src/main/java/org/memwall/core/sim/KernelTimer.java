package org.memwall.core.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memwall.core.arch.Flow;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.stack.ServingStack;

/**
 * Times one operator: max(compute, each memory level's traffic, link traffic) + weight
 * conversion + fixed terms (the stack's kernel overhead, the link's latencies).
 */
final class KernelTimer {
    private KernelTimer() {
    }

    static OperatorResult time(RunContext c, Work wk) {
        Hardware chip = c.chip();
        double compute = computeSeconds(c, wk.matrixOps(), wk.matrixOnWeights(), wk.matrixRows(), wk.matrixColumns(),
                wk.matrixInner(), wk.computePrecision(), wk.matrixFraction(), wk.vectorOps());
        double dequant = wk.dequantOps() / c.vectorPeak();

        Map<String, Double> bytes = bytesByLevel(c, wk);
        Map<String, Double> memorySeconds = new LinkedHashMap<>();
        String slowestLevel = "";
        double slowestMemory = 0;
        for (MemoryLevel level : chip.memory()) {
            double b = bytes.getOrDefault(level.name(), 0.0);
            double t = b / bandwidth(level, wk);
            memorySeconds.put(level.name(), t);
            if (t > slowestMemory) {
                slowestMemory = t;
                slowestLevel = level.name();
            }
        }
        double link = linkSeconds(c, wk.linkBytes());
        double fixed = fixedSeconds(c, wk.kernels(), wk.linkFixedSeconds());
        double roof = roof(c, compute, slowestMemory, link);
        Bound bound = bound(roof, compute, slowestMemory, link, dequant, fixed);
        return new OperatorResult(wk.op(), wk.occurrences(), wk.matrixOps(), wk.vectorOps() + wk.dequantOps(), bytes,
                wk.linkBytes(), compute, dequant, memorySeconds, link, fixed, roof + dequant + fixed,
                bound, bound == Bound.MEMORY ? slowestLevel : "");
    }

    static double linkSeconds(RunContext c, double linkBytes) {
        return linkBytes / c.chip().link().bandwidthBytesPerSecond();
    }

    /** The fixed terms: the link's latencies and the gaps the kernels' launches leave on the device. */
    static double fixedSeconds(RunContext c, int kernels, double linkFixedSeconds) {
        return linkFixedSeconds + launchSeconds(c, kernels);
    }

    /**
     * The gap each kernel launch leaves on the device. An eager stack's launches are host time
     * instead, set against the whole pass ({@link ServingStack.Overheads#hostSecondsPerPass}).
     */
    static double launchSeconds(RunContext c, int kernels) {
        ServingStack.Overheads o = c.stack().overheads();
        return o.hostBound() ? 0 : kernels * o.kernelSeconds();
    }

    /**
     * The roofline term: the slowest of compute, memory and link. Compute and memory overlap, but not
     * perfectly: the stack says how much of the shorter shows. An operator's time is this plus
     * weight conversion plus the fixed terms.
     */
    static double roof(RunContext c, double compute, double slowestMemory, double link) {
        return Math.max(compute, Math.max(slowestMemory, link))
                + c.stack().efficiency().exposedOverlapFraction() * Math.min(compute, slowestMemory);
    }

    /** What limits an operator, from its terms (the memory level is the slowest one's). */
    static Bound bound(double roof, double compute, double slowestMemory, double link, double dequant, double fixed) {
        if (fixed > roof && fixed >= dequant) {
            return Bound.LATENCY;
        } else if (dequant > roof) {
            return Bound.COMPUTE;
        } else if (link >= compute && link >= slowestMemory && link > 0) {
            return Bound.LINK;
        } else if (slowestMemory >= compute) {
            return Bound.MEMORY;
        }
        return Bound.COMPUTE;
    }

    /** Bandwidth the kernel gets from a level: peak x what the hardware sustains x what the kernel reaches. */
    static double bandwidth(MemoryLevel level, Work wk) {
        return bandwidth(level, wk.memoryFraction());
    }

    static double bandwidth(MemoryLevel level, double memoryFraction) {
        return level.sustainedBandwidthBytesPerSecond() * memoryFraction;
    }

    static double computeSeconds(RunContext c, double matrixOps, boolean matrixOnWeights, double rows, double columns,
                                 double inner, org.memwall.core.model.Precision computePrecision, double matrixFraction,
                                 double vectorOps) {
        double peak = matrixOps > 0 && c.arch().matrixOpsAtPeak(matrixOnWeights) ? c.matrixPeak(computePrecision) : 0;
        return computeSeconds(c, peak, matrixOps, matrixOnWeights, rows, columns, inner, matrixFraction, vectorOps);
    }

    /** The same with the matrix peak in the operator's format given ({@link RunContext#matrixPeak}; unused off the matrix units). */
    static double computeSeconds(RunContext c, double matrixPeak, double matrixOps, boolean matrixOnWeights, double rows,
                                 double columns, double inner, double matrixFraction, double vectorOps) {
        double matrix = 0;
        if (matrixOps > 0) {
            boolean atPeak = c.arch().matrixOpsAtPeak(matrixOnWeights);
            double rate = atPeak
                    ? matrixPeak * matrixFraction * waveEfficiency(c, rows, columns, inner)
                    : c.vectorPeak();
            matrix = matrixOps / rate;
        }
        return matrix + vectorOps / c.vectorPeak();
    }

    /**
     * Useful share of the compute units' work when a product is cut into tiles, one tile per unit
     * at a time: the last wave of tiles may leave units idle. Few rows (decode) get short tiles;
     * fewer tiles than units are split along the inner dimension (split-K) where the stack does so.
     */
    static double waveEfficiency(RunContext c, double matrixRows, double matrixColumns, double matrixInner) {
        ServingStack.GemmTiling t = c.stack().tiling();
        if (matrixRows <= 0 || matrixColumns <= 0 || t.tileRows() == 1 && t.tileColumns() == 1) {
            return 1;
        }
        int units = c.chip().compute().unitCount();
        // as many rows as a full tile: the next power of two is at least the tile (tile sizes are whole)
        double tileRows = matrixRows >= t.tileRows() ? t.tileRows()
                : Math.min(t.tileRows(), Math.max(t.minTileRows(), nextPowerOfTwo(matrixRows)));
        double rowTiles = ceilCount(matrixRows / tileRows);
        double columnTiles = ceilCount(matrixColumns / t.tileColumns());
        double tiles = rowTiles * columnTiles;
        double split = 1;
        if (t.splitK() && tiles < units) {
            // slices of at least 256 along the inner dimension
            split = Math.max(1, Math.min(Math.floor(units / tiles), Math.floor(matrixInner / 256)));
        }
        double work = tiles * split;
        double waves = Math.ceil(work / units);
        double useful = matrixRows * matrixColumns;
        return Math.min(1, useful / (waves * units * tileRows * t.tileColumns() / split));
    }

    static double nextPowerOfTwo(double x) {
        return x <= 1 ? 1 : Math.pow(2, ceilCount(Math.log(x) / Math.log(2)));
    }

    /**
     * Rounds a count of tiles (or a power of two) up, ignoring a rounding residue: rows are tokens,
     * and an expert's expected share of them (tokens x k / experts touched) comes out as
     * 32.000000000000004 when it is 32, which must not cost a second tile.
     */
    static double ceilCount(double x) {
        return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
    }

    static Map<String, Double> bytesByLevel(RunContext c, Work wk) {
        Map<String, Double> bytes = new LinkedHashMap<>();
        List<Flow> flows = c.arch().flows(wk.demand());
        for (Flow f : flows) {
            bytes.merge(f.level(), f.bytes(), Double::sum);
        }
        return bytes;
    }
}
