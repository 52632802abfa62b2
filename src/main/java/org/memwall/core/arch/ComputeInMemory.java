package org.memwall.core.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * Weights stay in the arrays that multiply them and never move; activations go into and out of
 * the arrays, the KV cache sits in a buffer (on-chip SRAM, or DRAM where the chip has it).
 */
public record ComputeInMemory(Hardware chip) implements Architecture {

    @Override
    public MemoryLevel weightLevel() {
        return chip.level(MemoryKind.CIM_ARRAY).orElseThrow();
    }

    @Override
    public MemoryLevel kvLevel() {
        return chip.level(MemoryKind.OFF_CHIP_DRAM).or(this::buffer).orElse(weightLevel());
    }

    private Optional<MemoryLevel> buffer() {
        return chip.level(MemoryKind.ON_CHIP_SRAM);
    }

    @Override
    public boolean matrixOpsAtPeak(boolean operandsAreWeights) {
        return operandsAreWeights;
    }

    @Override
    public List<Flow> flows(Demand d) {
        List<Flow> flows = new ArrayList<>();
        String arrays = weightLevel().name();
        MemoryLevel kv = kvLevel();
        Endpoint kvEnd = kv.kind() == MemoryKind.OFF_CHIP_DRAM ? Endpoint.DRAM
                : kv.kind() == MemoryKind.ON_CHIP_SRAM ? Endpoint.SRAM : Endpoint.CIM_ARRAY;
        Endpoint actEnd = buffer().isPresent() ? Endpoint.SRAM : Endpoint.CIM_ARRAY;
        String actLevel = buffer().map(MemoryLevel::name).orElse(arrays);
        if (d.weightBytes() > 0) {
            // A matrix product with stationary weights: inputs driven into the arrays, sums read out.
            VonNeumannHbm.add(flows, actEnd, Endpoint.CIM_ARRAY, Payload.ACTIVATIONS, arrays, d.activationBytes() / 2);
            VonNeumannHbm.add(flows, Endpoint.CIM_ARRAY, actEnd, Payload.ACTIVATIONS, arrays, d.activationBytes() / 2);
        }
        VonNeumannHbm.add(flows, actEnd, Endpoint.COMPUTE, Payload.ACTIVATIONS, actLevel, d.activationBytes());
        VonNeumannHbm.add(flows, kvEnd, Endpoint.COMPUTE, Payload.KV_CACHE, kv.name(), d.kvReadBytes());
        VonNeumannHbm.add(flows, Endpoint.COMPUTE, kvEnd, Payload.KV_CACHE, kv.name(), d.kvWriteBytes());
        return flows;
    }
}
