package org.memwall.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One chip as the simulation sees it. Memory levels are ordered from the compute outwards
 * (fastest first). Immutable; the {@code with...} methods return changed copies for sliders.
 *
 * @param maxTensorParallel largest group of chips one layer can be split over (an 8-GPU NVLink box)
 * @param power             idle power, board limit and what the chip draws while it works
 * @param defaultStack      id of the serving software the chip is usually run with
 * @param cim               present exactly for compute-in-memory chips
 */
public record Hardware(
        String id,
        String name,
        ArchitectureFamily family,
        double processNodeNm,
        double dieAreaMm2,
        ComputeSpec compute,
        List<MemoryLevel> memory,
        ChipLink link,
        PowerSpec power,
        OptionalDouble priceUsd,
        int maxTensorParallel,
        String defaultStack,
        Optional<CimSpec> cim,
        List<String> sources) {

    public Hardware {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(defaultStack, "defaultStack");
        Checks.positive("maxTensorParallel", maxTensorParallel);
        Objects.requireNonNull(priceUsd, "priceUsd");
        Objects.requireNonNull(cim, "cim");
        Checks.positive("processNodeNm", processNodeNm);
        Checks.positive("dieAreaMm2", dieAreaMm2);
        Objects.requireNonNull(power, "power");
        memory = List.copyOf(memory);
        sources = List.copyOf(sources);
        if (memory.isEmpty()) {
            throw new IllegalArgumentException("memory needs at least one level");
        }
        // loops, not streams: a map of chips scales one chip to a new node per cell
        for (int i = 0; i < memory.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (memory.get(i).name().equals(memory.get(j).name())) {
                    throw new IllegalArgumentException("memory level names must be unique (results are keyed by them)");
                }
            }
        }
        if ((family == ArchitectureFamily.COMPUTE_IN_MEMORY) != cim.isPresent()) {
            throw new IllegalArgumentException(family == ArchitectureFamily.COMPUTE_IN_MEMORY
                    ? "cim is required for a compute-in-memory chip"
                    : "cim is only for compute-in-memory chips");
        }
        switch (family) {
            case VON_NEUMANN_HBM -> requireLevel(memory, MemoryKind.OFF_CHIP_DRAM, "a von Neumann chip needs an off-chip DRAM level");
            case SRAM_DATAFLOW -> requireLevel(memory, MemoryKind.ON_CHIP_SRAM, "an SRAM dataflow chip needs an on-chip SRAM level");
            case COMPUTE_IN_MEMORY -> requireLevel(memory, MemoryKind.CIM_ARRAY, "a compute-in-memory chip needs a CIM array level");
        }
        priceUsd.ifPresent(p -> Checks.positive("priceUsd", p));
    }

    /** A chip known only by its board limit (no idle or clocked power): test chips and older callers. */
    public Hardware(String id, String name, ArchitectureFamily family, double processNodeNm, double dieAreaMm2,
                    ComputeSpec compute, List<MemoryLevel> memory, ChipLink link, double powerWatts, OptionalDouble priceUsd,
                    int maxTensorParallel, String defaultStack, Optional<CimSpec> cim, List<String> sources) {
        this(id, name, family, processNodeNm, dieAreaMm2, compute, memory, link, PowerSpec.boardLimitOnly(powerWatts),
                priceUsd, maxTensorParallel, defaultStack, cim, sources);
    }

    /** The board limit (TDP) in watts. */
    public double powerWatts() {
        return power.boardLimitWatts();
    }

    private static void requireLevel(List<MemoryLevel> levels, MemoryKind kind, String message) {
        for (MemoryLevel l : levels) {
            if (l.kind() == kind) {
                return;
            }
        }
        throw new IllegalArgumentException("memory: " + message);
    }

    /** The first (fastest) level of a kind, if the chip has one. */
    public Optional<MemoryLevel> level(MemoryKind kind) {
        // a loop, not a stream: every run asks this several times
        int i = levelIndex(kind);
        return i < 0 ? Optional.empty() : Optional.of(memory.get(i));
    }

    public int levelIndex(MemoryKind kind) {
        for (int i = 0; i < memory.size(); i++) {
            if (memory.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** A copy with every level of a kind given a new peak bandwidth (a slider). */
    public Hardware withBandwidth(MemoryKind kind, double bandwidthBytesPerSecond) {
        Checks.positive("bandwidthBytesPerSecond", bandwidthBytesPerSecond);
        List<MemoryLevel> levels = memory.stream()
                .map(l -> l.kind() == kind ? l.withBandwidth(bandwidthBytesPerSecond) : l)
                .toList();
        return withMemory(levels);
    }

    public Hardware withMemory(List<MemoryLevel> levels) {
        return new Hardware(id, name, family, processNodeNm, dieAreaMm2, compute, levels, link, power, priceUsd, maxTensorParallel, defaultStack, cim, sources);
    }

    public Hardware withCompute(ComputeSpec newCompute) {
        return new Hardware(id, name, family, processNodeNm, dieAreaMm2, newCompute, memory, link, power, priceUsd, maxTensorParallel, defaultStack, cim, sources);
    }

    public Hardware withPower(PowerSpec newPower) {
        return new Hardware(id, name, family, processNodeNm, dieAreaMm2, compute, memory, link, newPower, priceUsd, maxTensorParallel, defaultStack, cim, sources);
    }

    public Hardware withProcessNode(double nm, ComputeSpec newCompute, List<MemoryLevel> levels) {
        return new Hardware(id, name, family, nm, dieAreaMm2, newCompute, levels, link, power, priceUsd, maxTensorParallel, defaultStack, cim, sources);
    }
}
