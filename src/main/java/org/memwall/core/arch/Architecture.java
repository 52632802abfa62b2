package org.memwall.core.arch;

import java.util.ArrayList;
import java.util.List;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryLevel;

/** An architecture family decides where weights and KV cache live and which paths bytes take. */
public sealed interface Architecture permits VonNeumannHbm, SramDataflow, ComputeInMemory {

    /** Where the weights are stored (what limits how many chips a model needs). */
    MemoryLevel weightLevel();

    /** Where the KV cache is stored. */
    MemoryLevel kvLevel();

    /** The chip this family's data paths belong to. */
    Hardware chip();

    /**
     * The paths one operator's bytes take on this chip, each handed to {@code sink} in order;
     * only paths that carry bytes.
     */
    void flows(double weightBytes, double kvReadBytes, double kvWriteBytes, double activationBytes, FlowSink sink);

    /** The same paths as a list. */
    default List<Flow> flows(Demand demand) {
        List<Flow> out = new ArrayList<>();
        List<MemoryLevel> levels = chip().memory();
        flows(demand.weightBytes(), demand.kvReadBytes(), demand.kvWriteBytes(), demand.activationBytes(),
                (from, to, payload, level, bytes) -> out.add(new Flow(from, to, payload, levels.get(level).name(), bytes)));
        return out;
    }

    /** Hands a flow on when it carries bytes. */
    static void emit(FlowSink sink, org.memwall.core.trace.Endpoint from, org.memwall.core.trace.Endpoint to,
                     org.memwall.core.trace.Payload payload, int level, double bytes) {
        if (bytes > 0) {
            sink.flow(from, to, payload, level, bytes);
        }
    }

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
