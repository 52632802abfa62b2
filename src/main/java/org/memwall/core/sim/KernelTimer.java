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
        double compute = computeSeconds(c, wk);
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
        double link = wk.linkBytes() / chip.link().bandwidthBytesPerSecond();
        double fixed = wk.linkFixedSeconds() + launchSeconds(c, wk);

        // compute and memory overlap, but not perfectly: the stack says how much of the shorter shows
        double roof = Math.max(compute, Math.max(slowestMemory, link))
                + c.stack().efficiency().exposedOverlapFraction() * Math.min(compute, slowestMemory);
        Bound bound;
        String boundLevel = "";
        if (fixed > roof && fixed >= dequant) {
            bound = Bound.LATENCY;
        } else if (dequant > roof) {
            bound = Bound.COMPUTE;
        } else if (link >= compute && link >= slowestMemory && link > 0) {
            bound = Bound.LINK;
        } else if (slowestMemory >= compute) {
            bound = Bound.MEMORY;
            boundLevel = slowestLevel;
        } else {
            bound = Bound.COMPUTE;
        }
        return new OperatorResult(wk.op(), wk.occurrences(), wk.matrixOps(), wk.vectorOps() + wk.dequantOps(), bytes,
                wk.linkBytes(), compute, dequant, memorySeconds, link, fixed, roof + dequant + fixed, bound, boundLevel);
    }

    /**
     * The gap each kernel launch leaves on the device. An eager stack's launches are host time
     * instead, set against the whole pass ({@link ServingStack.Overheads#hostSecondsPerPass}).
     */
    static double launchSeconds(RunContext c, Work wk) {
        ServingStack.Overheads o = c.stack().overheads();
        return o.hostBound() ? 0 : wk.kernels() * o.kernelSeconds();
    }

    /** Bandwidth the kernel gets from a level: peak x what the hardware sustains x what the kernel reaches. */
    static double bandwidth(MemoryLevel level, Work wk) {
        return level.sustainedBandwidthBytesPerSecond() * wk.memoryFraction();
    }

    static double computeSeconds(RunContext c, Work wk) {
        double matrix = 0;
        if (wk.matrixOps() > 0) {
            boolean atPeak = c.arch().matrixOpsAtPeak(wk.matrixOnWeights());
            double rate = atPeak
                    ? c.matrixPeak(wk.computePrecision()) * wk.matrixFraction() * waveEfficiency(c, wk)
                    : c.vectorPeak();
            matrix = wk.matrixOps() / rate;
        }
        return matrix + wk.vectorOps() / c.vectorPeak();
    }

    /**
     * Useful share of the compute units' work when a product is cut into tiles, one tile per unit
     * at a time: the last wave of tiles may leave units idle. Few rows (decode) get short tiles;
     * fewer tiles than units are split along the inner dimension (split-K) where the stack does so.
     */
    static double waveEfficiency(RunContext c, Work wk) {
        ServingStack.GemmTiling t = c.stack().tiling();
        if (wk.matrixRows() <= 0 || wk.matrixColumns() <= 0 || t.tileRows() == 1 && t.tileColumns() == 1) {
            return 1;
        }
        int units = c.chip().compute().unitCount();
        double tileRows = Math.min(t.tileRows(), Math.max(t.minTileRows(), nextPowerOfTwo(wk.matrixRows())));
        double rowTiles = Math.ceil(wk.matrixRows() / tileRows);
        double columnTiles = Math.ceil(wk.matrixColumns() / t.tileColumns());
        double tiles = rowTiles * columnTiles;
        double split = 1;
        if (t.splitK() && tiles < units) {
            // slices of at least 256 along the inner dimension
            split = Math.max(1, Math.min(Math.floor(units / tiles), Math.floor(wk.matrixInner() / 256)));
        }
        double work = tiles * split;
        double waves = Math.ceil(work / units);
        double useful = wk.matrixRows() * wk.matrixColumns();
        return Math.min(1, useful / (waves * units * tileRows * t.tileColumns() / split));
    }

    private static double nextPowerOfTwo(double x) {
        return x <= 1 ? 1 : Math.pow(2, Math.ceil(Math.log(x) / Math.log(2)));
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
