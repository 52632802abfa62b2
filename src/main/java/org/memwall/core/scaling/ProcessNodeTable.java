package org.memwall.core.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.memwall.core.model.ComputeSpec;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;

/**
 * Process nodes from published figures, and the scaling they drive: a chip moved from its own node
 * to another keeps its die area and power budget; logic density and clock set its compute, the
 * SRAM bit cell sets its on-chip capacity, the energy per op follows the node. Off-chip DRAM does
 * not follow the logic node (it is its own slider).
 */
public final class ProcessNodeTable {
    private final List<NodeEntry> entries;

    public ProcessNodeTable(List<NodeEntry> entries) {
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a process node table needs at least two nodes");
        }
        List<NodeEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble(NodeEntry::nm));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).nm() == sorted.get(i - 1).nm()) {
                throw new IllegalArgumentException("node " + sorted.get(i).nm() + " nm is listed twice");
            }
        }
        this.entries = List.copyOf(sorted);
    }

    /** Nodes, smallest first. */
    public List<NodeEntry> entries() {
        return entries;
    }

    public double smallestNm() {
        return entries.get(0).nm();
    }

    public double largestNm() {
        return entries.get(entries.size() - 1).nm();
    }

    /**
     * Figures at any node inside the table: log-log interpolation between the two nearest nodes,
     * since density and energy follow power laws of feature size between neighbouring nodes.
     */
    public NodeEntry at(double nm) {
        if (nm < smallestNm() || nm > largestNm()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "process node %.1f nm is outside the table (%.0f to %.0f nm)", nm, smallestNm(), largestNm()));
        }
        for (int i = 0; i < entries.size(); i++) {
            NodeEntry e = entries.get(i);
            if (e.nm() == nm) {
                return e;
            }
            if (e.nm() > nm) {
                NodeEntry lo = entries.get(i - 1);
                double f = Math.log(nm / lo.nm()) / Math.log(e.nm() / lo.nm());
                // one decimal as %.1f gives it, without String.format: a map scales thousands of chips a frame
                return new NodeEntry(nm, java.math.BigDecimal.valueOf(Math.round(nm * 10), 1).toPlainString() + " nm (interpolated)",
                        logLerp(lo.logicDensityMTrPerMm2(), e.logicDensityMTrPerMm2(), f),
                        logLerp(lo.sramBitcellUm2(), e.sramBitcellUm2(), f),
                        logLerp(lo.relativeEnergyPerOp(), e.relativeEnergyPerOp(), f),
                        logLerp(lo.relativeClock(), e.relativeClock(), f),
                        List.of());
            }
        }
        throw new AssertionError("unreachable");
    }

    private static double logLerp(double a, double b, double f) {
        return Math.exp(Math.log(a) + f * (Math.log(b) - Math.log(a)));
    }

    /** The chip as it would be at another node, same die area and power. */
    public Hardware scale(Hardware chip, double targetNm) {
        if (targetNm == chip.processNodeNm()) {
            return chip;
        }
        NodeEntry from = at(clampToTable(chip.processNodeNm()));
        NodeEntry to = at(targetNm);
        double density = to.logicDensityMTrPerMm2() / from.logicDensityMTrPerMm2();
        double clock = to.relativeClock() / from.relativeClock();
        double energy = to.relativeEnergyPerOp() / from.relativeEnergyPerOp();
        double sramCapacity = from.sramBitcellUm2() / to.sramBitcellUm2();
        // More units at a higher clock, unless that would exceed the power budget at the new energy per op.
        double throughput = Math.min(density * clock, 1.0 / energy);

        ComputeSpec c = chip.compute();
        var peaks = new java.util.EnumMap<Precision, Double>(Precision.class);
        c.peakOpsPerSecond().forEach((p, v) -> peaks.put(p, v * throughput));
        var energies = new java.util.EnumMap<Precision, Double>(Precision.class);
        c.energyPerOpJoules().forEach((p, v) -> energies.put(p, v * energy));
        ComputeSpec scaled = new ComputeSpec(peaks, energies, c.vectorOpsPerSecond() * throughput,
                c.vectorEnergyPerOpJoules() * energy, c.shape(),
                Math.max(1, (int) Math.round(c.unitCount() * density)), c.unitRows(), c.unitColumns(),
                c.clockHz() * clock);

        List<MemoryLevel> levels = chip.memory().stream().map(l -> {
            if (l.kind() == MemoryKind.OFF_CHIP_DRAM) {
                return l;
            }
            // On-chip arrays: more bits in the same area, and more banks read at once at the new clock.
            return new MemoryLevel(l.name(), l.kind(), l.capacityBytes() * sramCapacity,
                    l.bandwidthBytesPerSecond() * sramCapacity * clock, l.energyPerBitJoules() * energy,
                    l.latencySeconds() / clock, l.sustainedFraction());
        }).toList();
        return chip.withProcessNode(targetNm, scaled, levels);
    }

    private double clampToTable(double nm) {
        return Math.max(smallestNm(), Math.min(largestNm(), nm));
    }
}
