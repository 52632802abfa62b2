package org.memwall.core.sim;

import org.memwall.core.arch.Architecture;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;

/**
 * What holding a model takes: weights, and the KV cache a static batch reaches (every sequence at
 * its whole prompt plus output at once, for every stream in flight), against what the stack
 * leaves of each chip's memory.
 *
 * @param weightAndKvBytes   bytes of weights and KV cache, all chips together
 * @param weightLevel        the memory level holding the weights
 * @param usableBytesPerChip what the stack leaves of that level on one chip
 */
public record Capacity(double weightAndKvBytes, String weightLevel, double usableBytesPerChip) {

    /** On {@code chip} as adjusted for the scenario (a {@link Result#hardware()}), under {@code stack}. */
    public static Capacity of(Hardware chip, ServingStack stack, Workload w) {
        MemoryLevel level = Architecture.of(chip).weightLevel();
        return new Capacity(weightBytes(w, stack) + kvBytes(w), level.name(), usableBytes(chip, stack, level));
    }

    /** Stored weights, every one in the weights' format. */
    static double weightBytes(Workload w, ServingStack stack) {
        return w.model().totalParameters() * w.weightPrecision().bytes();
    }

    /** KV cache for every sequence of every stream at its full context (prompt plus all generated tokens). */
    static double kvBytes(Workload w) {
        return (double) w.batch() * w.concurrentStreams() * w.contextTokens() * w.model().kvElementsPerToken()
                * w.kvPrecision().bytes();
    }

    /** What one chip of a level offers weights and KV cache together, as the message states it. */
    static double usableBytes(Hardware chip, ServingStack stack, MemoryLevel level) {
        return physicalBytes(chip, level) * stack.memoryBudget().fraction();
    }

    /** A CIM array holds weights only in the cells a mapped model can use. */
    private static double physicalBytes(Hardware chip, MemoryLevel level) {
        double fraction = level.kind() == MemoryKind.CIM_ARRAY ? chip.cim().orElseThrow().arrayUtilisation() : 1;
        return level.capacityBytes() * fraction;
    }

    /** Chips' worth of memory the model needs, before rounding to a split. */
    static double rawChips(Hardware chip, ServingStack stack, Architecture arch, Workload w) {
        MemoryLevel wl = arch.weightLevel();
        MemoryLevel kl = arch.kvLevel();
        ServingStack.MemoryBudget budget = stack.memoryBudget();
        if (wl.name().equals(kl.name())) {
            return budget.chipsFor(weightBytes(w, stack), kvBytes(w), physicalBytes(chip, wl));
        }
        return Math.max(budget.chipsFor(weightBytes(w, stack), 0, physicalBytes(chip, wl)),
                budget.chipsFor(0, kvBytes(w), physicalBytes(chip, kl)));
    }
}
