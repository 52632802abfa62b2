package org.memwall.core.arch;

import java.util.List;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryLevel;

/** An architecture family decides where weights and KV cache live and which paths bytes take. */
public sealed interface Architecture permits VonNeumannHbm, SramDataflow, ComputeInMemory {

    /** Where the weights are stored (what limits how many chips a model needs). */
    MemoryLevel weightLevel();

    /** Where the KV cache is stored. */
    MemoryLevel kvLevel();

    /** The paths one operator's bytes take on this chip. */
    List<Flow> flows(Demand demand);

    /**
     * Whether an operator's matrix products run in the chip's matrix units at matrix peak. Only
     * compute-in-memory says no for attention: its operands (the KV cache) change every token, so
     * they cannot sit in the arrays and a digital unit does the products.
     */
    default boolean matrixOpsAtPeak(boolean operandsAreWeights) {
        return true;
    }

    static Architecture of(Hardware chip) {
        return switch (chip.family()) {
            case VON_NEUMANN_HBM -> new VonNeumannHbm(chip);
            case SRAM_DATAFLOW -> new SramDataflow(chip);
            case COMPUTE_IN_MEMORY -> new ComputeInMemory(chip);
        };
    }
}
