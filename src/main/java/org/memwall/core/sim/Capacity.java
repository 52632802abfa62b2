package org.memwall.core.sim;

import org.memwall.core.arch.Architecture;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.TransformerModel;
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
        return chipsFor(chip, stack, arch, weightBytes(w, stack), kvBytes(w));
    }

    /**
     * Chips' worth of memory the model needs on split {@code p}, counted at its busiest chip: as
     * many chips as the split uses, each holding what that chip holds, must fit. Layers and the
     * embedding and LM head spread evenly over the stages and chips, as without experts groups
     * (where this is {@link #rawChips(Hardware, ServingStack, Architecture, Workload)}). With a
     * layer's experts over g groups, a chip of the first group holds 1/t of the layer's attention,
     * router, norms and KV cache besides 1/t of its E/g experts; over the t x g x stages chips
     * that is as if the attention, router, norms and KV cache were stored g times:
     * layers x (g x shared + E x expert) + embedding, final norm and LM head, and g x the KV cache.
     */
    static double rawChips(Hardware chip, ServingStack stack, Architecture arch, Workload w, Parallelism p) {
        int g = p.expertParallel();
        if (g == 1) {
            return rawChips(chip, stack, arch, w);
        }
        TransformerModel m = w.model();
        double shared = m.parametersPerLayer() - m.experts() * m.ffnParametersPerExpert();
        double weights = (m.totalParameters() + (g - 1.0) * m.layers() * shared) * w.weightPrecision().bytes();
        return chipsFor(chip, stack, arch, weights, g * kvBytes(w));
    }

    /** Whether split {@code p}'s chips hold the model (its busiest chip its share). */
    static boolean holds(Hardware chip, ServingStack stack, Architecture arch, Workload w, Parallelism p) {
        return p.chipsUsed() >= rawChips(chip, stack, arch, w, p) - 1e-9;
    }

    private static double chipsFor(Hardware chip, ServingStack stack, Architecture arch, double weightBytes, double kvBytes) {
        MemoryLevel wl = arch.weightLevel();
        MemoryLevel kl = arch.kvLevel();
        ServingStack.MemoryBudget budget = stack.memoryBudget();
        if (wl.name().equals(kl.name())) {
            return budget.chipsFor(weightBytes, kvBytes, physicalBytes(chip, wl));
        }
        return Math.max(budget.chipsFor(weightBytes, 0, physicalBytes(chip, wl)),
                budget.chipsFor(0, kvBytes, physicalBytes(chip, kl)));
    }
}
